// LambdaDP: runs the word-count pipeline again for every new object in the bucket. AWS Data
// Pipeline has no clone call, so the function clones the finished template pipeline itself:
// delete the previous clone, read the template's definition, create a pipeline, put the
// definition into it and activate it. The SDK finds its endpoint in the environment.
const AWS = require('aws-sdk');

const datapipeline = new AWS.DataPipeline();
const CLONE_NAME = 'myLambdaSample';

async function previousClones() {
  const clones = [];
  let marker;
  do {
    const page = await datapipeline.listPipelines(marker ? { marker } : {}).promise();
    for (const pipeline of page.pipelineIdList) {
      if (pipeline.name === CLONE_NAME) {
        clones.push(pipeline.id);
      }
    }
    marker = page.hasMoreResults ? page.marker : undefined;
  } while (marker);
  return clones;
}

exports.handler = async (event) => {
  const template = process.env.TEMPLATE_PIPELINE_ID;
  const key = event.Records && event.Records[0] ? event.Records[0].s3.object.key : '(none)';
  console.log('New object ' + key + '; template pipeline ' + template);

  for (const old of await previousClones()) {
    await datapipeline.deletePipeline({ pipelineId: old }).promise();
    console.log('Old clone deleted ' + old + '. Create new clone now');
  }

  const definition = await datapipeline.getPipelineDefinition({ pipelineId: template }).promise();
  const created = await datapipeline
    .createPipeline({ name: CLONE_NAME, uniqueId: CLONE_NAME })
    .promise();
  const put = await datapipeline
    .putPipelineDefinition({
      pipelineId: created.pipelineId,
      pipelineObjects: definition.pipelineObjects,
      parameterObjects: definition.parameterObjects,
      parameterValues: definition.parameterValues,
    })
    .promise();
  if (put.errored) {
    throw new Error('The cloned definition has errors: ' + JSON.stringify(put.validationErrors));
  }
  await datapipeline.activatePipeline({ pipelineId: created.pipelineId }).promise();
  console.log('Activated ' + created.pipelineId);
  return { pipelineId: created.pipelineId };
};
