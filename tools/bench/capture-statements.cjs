// Preloaded into the API by `npm run bench:baseline` (`node -r ./tools/bench/capture-statements.cjs`): records
// every statement the pg driver sends, with its parameters as pg puts them on the wire (text), between a
// 'capture:start' and a 'capture:stop' message from the parent process, and sends them back to it.
const pg = require('pg');
const { prepareValue } = require('pg/lib/utils');

let recording = null;
const realQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  if (recording && config != null && typeof config.submit !== 'function') {
    const text = typeof config === 'string' ? config : config.text;
    const params = (typeof config === 'object' && config.values) || (Array.isArray(values) ? values : undefined);
    recording.push({ text, values: params ? params.map((v) => prepareValue(v)) : [] });
  }
  return realQuery.call(this, config, values, callback);
};

process.on('message', (message) => {
  if (message === 'capture:start') recording = [];
  if (message === 'capture:stop') {
    process.send({ statements: recording ?? [] });
    recording = null;
  }
});
