// Sluice's Node.js runtime: loads the function's handler and serves invocations from the Lambda
// Runtime API at AWS_LAMBDA_RUNTIME_API. Written for Sluice; speaks the protocol Lambda documents.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const util = require('util');
const Module = require('module');
const { pathToFileURL } = require('url');

const [API_HOST, API_PORT] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const BASE = '/2018-06-01/runtime';
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

let currentRequestId;

function call(method, route, body, headers) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: API_HOST, port: API_PORT, path: BASE + route, method, agent, headers: headers || {} },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      });
    request.on('error', reject);
    request.end(body);
  });
}

function post(route, value, headers) {
  const body = Buffer.from(value, 'utf8');
  return call('POST', route, body, Object.assign({ 'Content-Type': 'application/json' }, headers));
}

// --- logs, as Lambda's Node.js runtime writes them ---

function writeLine(level, message) {
  const text = message.replace(/\n/g, '\r');
  process.stdout.write(`${new Date().toISOString()}\t${currentRequestId}\t${level}\t${text}\n`);
}

function patchConsole() {
  const levels = { log: 'INFO', info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG', trace: 'TRACE' };
  for (const [name, level] of Object.entries(levels)) {
    console[name] = (...args) => writeLine(level, util.format(...args));
  }
}

// --- the AWS SDK for JavaScript v2 ignores AWS_ENDPOINT_URL: point its global config at it ---

function reachEndpointWithSdkV2() {
  const endpoint = process.env.AWS_ENDPOINT_URL;
  if (!endpoint) {
    return;
  }
  const configured = new WeakSet();
  const load = Module._load;
  const loaderFile = path.join('aws-sdk', 'lib', 'node_loader.js');
  Module._load = function (request, parent, isMain) {
    const exported = load.apply(this, arguments);
    if (typeof request === 'string' && request.endsWith('node_loader')) {
      try {
        const file = Module._resolveFilename(request, parent, isMain);
        if (file.endsWith(loaderFile)) {
          const AWS = load.call(this, path.join(path.dirname(file), 'core.js'), parent, false);
          if (AWS && AWS.config && !configured.has(AWS.config)) {
            AWS.config.update({ endpoint, s3ForcePathStyle: true });
            configured.add(AWS.config);
          }
        }
      } catch (e) {
        // not the SDK after all: leave it alone
      }
    }
    return exported;
  };
}

// --- errors, shaped like Lambda's Node.js runtime shapes them ---

function runtimeError(type, message, cause) {
  const error = new Error(message);
  error.name = type;
  if (cause && cause.stack) {
    error.stack = `${type}: ${message}\n${String(cause.stack).split('\n').slice(1).join('\n')}`;
  }
  return error;
}

function errorBody(error) {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error)) {
    const type = error.name || (error.constructor && error.constructor.name) || 'Error';
    const trace = error.stack ? String(error.stack).split('\n') : [];
    return { errorType: type, errorMessage: String(error.message), trace };
  }
  if (typeof error === 'string') {
    return { errorType: 'string', errorMessage: error, trace: [] };
  }
  return { errorType: typeof error, errorMessage: util.format(error), trace: [] };
}

function logError(label, body) {
  const logged = { errorType: body.errorType, errorMessage: body.errorMessage, stack: body.trace };
  writeLine('ERROR', `${label} \t${JSON.stringify(logged)}`);
}

// --- loading the handler: "dir/file.export" from LAMBDA_TASK_ROOT, CommonJS or ES module ---

function isModuleType(directory) {
  for (let dir = directory; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        return JSON.parse(fs.readFileSync(manifest, 'utf8')).type === 'module';
      } catch (e) {
        return false;
      }
    }
    if (path.dirname(dir) === dir) {
      return false;
    }
  }
}

async function registerEsmFallback() {
  if (typeof Module.register === 'function') {
    const hooks = path.join(__dirname, 'esm-node-path.mjs');
    Module.register(pathToFileURL(hooks).href, { data: { nodePath: process.env.NODE_PATH || '' } });
  }
}

async function importModule(root, name) {
  const base = path.resolve(root, name);
  const file = ['.js', '.mjs', '.cjs'].map((ext) => base + ext).find((f) => fs.existsSync(f));
  try {
    if (!file) {
      return require(base);
    }
    if (file.endsWith('.mjs') || (file.endsWith('.js') && isModuleType(path.dirname(file)))) {
      await registerEsmFallback();
      return await import(pathToFileURL(file).href);
    }
    return require(file);
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw runtimeError('Runtime.UserCodeSyntaxError', `${error.name}: ${error.message}`, error);
    }
    if (error && (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_MODULE_NOT_FOUND')) {
      const message = !file && String(error.message).includes(`'${base}'`)
        ? `Cannot find module '${name}'\nRequire stack:\n- ${__filename}`
        : error.message;
      throw runtimeError('Runtime.ImportModuleError', `Error: ${message}`, error);
    }
    throw error;
  }
}

async function loadHandler() {
  const setting = process.env._HANDLER || '';
  const root = process.env.LAMBDA_TASK_ROOT || process.cwd();
  const slash = setting.lastIndexOf('/');
  const file = setting.slice(slash + 1);
  const dot = file.indexOf('.');
  if (dot <= 0 || dot === file.length - 1) {
    throw runtimeError('Runtime.MalformedHandlerName', 'Bad handler');
  }
  const moduleName = setting.slice(0, slash + 1) + file.slice(0, dot);
  const exported = await importModule(root, moduleName);
  const handler = file.slice(dot + 1).split('.').reduce((scope, key) => (scope == null ? undefined : scope[key]), exported);
  if (typeof handler !== 'function') {
    throw runtimeError('Runtime.HandlerNotFound', `${setting} is undefined or not exported`);
  }
  return handler;
}

// --- invocations ---

function contextFor(headers, settle) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  let waits = true;
  const context = {
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    identity: undefined,
    clientContext: headers['lambda-runtime-client-context']
      ? JSON.parse(headers['lambda-runtime-client-context'])
      : undefined,
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: (error, result) => settle(error, result),
    succeed: (result) => settle(null, result),
    fail: (error) => settle(error == null ? 'handled' : error),
  };
  Object.defineProperty(context, 'callbackWaitsForEmptyEventLoop', {
    get: () => waits,
    set: (value) => { waits = Boolean(value); },
    enumerable: true,
  });
  return context;
}

function runHandler(handler, event, headers) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error, result) => {
      if (!settled) {
        settled = true;
        if (error != null) {
          reject(error);
        } else {
          resolve(result);
        }
      }
    };
    let context;
    const callback = (error, result) => {
      if (context.callbackWaitsForEmptyEventLoop) {
        process.once('beforeExit', () => finish(error, result));
      } else {
        finish(error, result);
      }
    };
    context = contextFor(headers, callback);
    try {
      const returned = handler(event, context, callback);
      if (returned && typeof returned.then === 'function') {
        returned.then((result) => finish(null, result), (error) => finish(error == null ? 'handled' : error));
      } else if (handler.length < 3) {
        // like Lambda's Node.js runtimes: a plain function's return value is not its result; without
        // a callback the invocation answers null once the event loop is empty
        process.once('beforeExit', () => finish(null, null));
      }
    } catch (error) {
      finish(error);
    }
  });
}

async function serve(handler) {
  for (;;) {
    const next = await call('GET', '/invocation/next');
    const requestId = next.headers['lambda-runtime-aws-request-id'];
    currentRequestId = requestId;
    if (next.headers['lambda-runtime-trace-id']) {
      process.env._X_AMZN_TRACE_ID = next.headers['lambda-runtime-trace-id'];
    }
    const event = next.body.length === 0 ? null : JSON.parse(next.body.toString('utf8'));
    try {
      const result = await runHandler(handler, event, next.headers);
      const json = JSON.stringify(result === undefined ? null : result);
      await post(`/invocation/${requestId}/response`, json === undefined ? 'null' : json);
    } catch (error) {
      const body = errorBody(error);
      logError('Invoke Error', body);
      await post(`/invocation/${requestId}/error`, JSON.stringify(body),
        { 'Lambda-Runtime-Function-Error-Type': body.errorType });
    }
  }
}

function failUncaught(type) {
  return async (reason) => {
    const body = errorBody(reason);
    if (type) {
      body.errorType = type;
      body.errorMessage = `${reason && reason.name ? reason.name : 'Error'}: ${body.errorMessage}`;
    }
    logError(type ? 'Unhandled Promise Rejection' : 'Uncaught Exception', body);
    const route = currentRequestId ? `/invocation/${currentRequestId}/error` : '/init/error';
    try {
      await post(route, JSON.stringify(body), { 'Lambda-Runtime-Function-Error-Type': body.errorType });
    } finally {
      process.exit(129);
    }
  };
}

async function main() {
  patchConsole();
  reachEndpointWithSdkV2();
  process.on('uncaughtException', failUncaught());
  process.on('unhandledRejection', failUncaught('Runtime.UnhandledPromiseRejection'));
  let handler;
  try {
    handler = await loadHandler();
  } catch (error) {
    const body = errorBody(error);
    logError('Uncaught Exception', body);
    await post('/init/error', JSON.stringify(body), { 'Lambda-Runtime-Function-Error-Type': body.errorType });
    process.exit(129);
  }
  await serve(handler);
}

main();
