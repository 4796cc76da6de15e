// The face-api.js side of bench/reference-compare.sh: @vladmandic/face-api 1.7.15 on the
// tfjs 4.22 WASM backend (SIMD, one thread per process: tfjs turns WASM threads off in Node,
// and forcing them on fails, its pthread workers are blob: URLs that Node cannot start).
// "2 threads" is therefore two processes, each with its own single-threaded backend.
//
// Usage: node faceapi-side.cjs DIR
// Reads DIR/photos.json and DIR/<id>.rgb (written by the JVM side), writes DIR/js.json in the
// same shape as DIR/jvm.json. Each measurement runs in fresh worker processes: a worker
// loads the models, turns the pixels into a tensor3d once (the analogue of a decoded photo,
// not timed), warms up, waits for the start signal, then times `detectAllFaces(tensor,
// TinyFaceDetectorOptions).withFaceExpressions()` from that tensor to the expressions.
'use strict';

const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');

const FACE_API = path.join(__dirname, 'node_modules', '@vladmandic', 'face-api');

async function worker(dir, id) {
  process.on('disconnect', () => process.exit(1));
  const faceapi = require(path.join(FACE_API, 'dist', 'face-api.node-wasm.js'));
  const tf = faceapi.tf;
  await tf.setBackend('wasm');
  await tf.ready();
  await faceapi.nets.tinyFaceDetector.loadFromDisk(path.join(FACE_API, 'model'));
  await faceapi.nets.faceExpressionNet.loadFromDisk(path.join(FACE_API, 'model'));
  const settings = JSON.parse(fs.readFileSync(path.join(dir, 'photos.json'), 'utf8'));
  const photo = settings.photos.find((p) => p.id === id);
  const pixels = new Uint8Array(fs.readFileSync(path.join(dir, `${id}.rgb`)));
  const tensor = tf.tensor3d(pixels, [photo.height, photo.width, 3], 'int32');
  const options = new faceapi.TinyFaceDetectorOptions({
    inputSize: settings.inputSize, scoreThreshold: settings.scoreThreshold,
  });
  const analyze = () => faceapi.detectAllFaces(tensor, options).withFaceExpressions();
  const faces = (await analyze()).map(face);
  for (let i = 0; i < settings.warmUp; i++) await analyze();
  const tensorsBefore = tf.memory().numTensors;
  process.send({
    ready: true,
    faces,
    backend: `${tf.getBackend()} (SIMD ${await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')}, `
      + `${tf.getThreadsCount()} thread per process), face-api ${faceapi.version}, tfjs ${tf.version.tfjs}`,
  });
  await new Promise((resolve) => process.once('message', resolve));
  const latencies = [];
  for (let i = 0; i < settings.rounds; i++) {
    const start = process.hrtime.bigint();
    await analyze();
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (tf.memory().numTensors !== tensorsBefore) throw new Error('face-api leaked tensors while timed');
  process.send({ latencies }, () => process.exit(0));
}

function face(result) {
  const { box, score } = result.detection;
  const e = result.expressions;
  return {
    x: box.x, y: box.y, width: box.width, height: box.height, score,
    expressions: [e.neutral, e.happy, e.sad, e.angry, e.fearful, e.disgusted, e.surprised],
  };
}

/** Starts `count` workers on one photo, lets them run together, returns what they found. */
async function measure(dir, id, count) {
  const workers = Array.from({ length: count }, () => fork(__filename, ['worker', dir, id]));
  const next = (w) => new Promise((resolve, reject) => {
    w.once('message', resolve);
    w.once('exit', (code) => reject(new Error(`face-api worker exited with ${code}`)));
  });
  const ready = await Promise.all(workers.map(next));
  const started = process.hrtime.bigint();
  const done = Promise.all(workers.map(next));
  workers.forEach((w) => w.send('go'));
  const results = await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return { ready: ready[0], seconds, latencies };
}

function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(dir) {
  const settings = JSON.parse(fs.readFileSync(path.join(dir, 'photos.json'), 'utf8'));
  const photos = [];
  let backend = '';
  for (const photo of settings.photos) {
    const threads = {};
    let faces = null;
    for (const count of [1, 2]) {
      const run = await measure(dir, photo.id, count);
      faces = faces ?? run.ready.faces;
      backend = run.ready.backend;
      threads[count] = {
        runs: run.latencies.length, perSecond: run.latencies.length / run.seconds,
        p50: percentile(run.latencies, 50), p95: percentile(run.latencies, 95),
      };
      console.error(`js: ${photo.label}, ${count} process(es): p50 ${threads[count].p50.toFixed(1)} ms`);
    }
    photos.push({ id: photo.id, faces, secondPass: false, threads });
  }
  const runtime = `Node ${process.version}, ${backend}; 2 threads = 2 processes`;
  fs.writeFileSync(path.join(dir, 'js.json'), JSON.stringify({ side: 'js', runtime, photos }, null, 2));
}

const [mode, dir, id] = process.argv.slice(2);
const run = mode === 'worker' ? worker(dir, id) : main(mode);
run.catch((error) => {
  console.error(error);
  process.exit(1);
});
