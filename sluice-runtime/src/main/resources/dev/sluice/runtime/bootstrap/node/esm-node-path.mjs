// Sluice: lets ES modules import bare packages from NODE_PATH (layers, the provided SDK), which
// Node.js only honours for CommonJS.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let directories = [];

export async function initialize(data) {
  directories = String((data && data.nodePath) || '').split(path.delimiter).filter(Boolean);
}

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND' || specifier.startsWith('.') || specifier.startsWith('/')
        || specifier.includes(':')) {
      throw error;
    }
    for (const directory of directories) {
      try {
        const file = createRequire(path.join(directory, 'noop.js')).resolve(specifier);
        return { url: pathToFileURL(file).href, shortCircuit: true };
      } catch (notThere) {
        // try the next directory
      }
    }
    throw error;
  }
}
