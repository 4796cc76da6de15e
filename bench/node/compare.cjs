// Prints the side-by-side table of bench/reference-compare.sh from DIR/jvm.json and
// DIR/js.json, checks that the JVM port and face-api.js found the same faces (same count,
// boxes, scores and expression shares within the tolerances below) and ends with the p50
// ratio line. Exits 1 when they disagree, after naming the largest difference.
// Usage: node compare.cjs DIR
'use strict';

const fs = require('fs');
const path = require('path');

/** Tolerances: a box coordinate in pixels, a detector score and an expression share (0-1). */
const BOX_PX = 0.1;
const SCORE = 1e-3;
const EXPRESSION = 1e-3;
const EXPRESSIONS = ['neutral', 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised'];
const RATIO_PHOTO = 'five-faces';

const dir = process.argv[2];
const read = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
const settings = read('photos.json');
const sides = { jvm: read('jvm.json'), js: read('js.json') };
const result = (side, id) => sides[side].photos.find((p) => p.id === id);

function printTable() {
  console.log(`Side by side with face-api.js: detector input ${settings.inputSize}, score threshold `
    + `${settings.scoreThreshold}, ${settings.rounds} timed runs per thread after ${settings.warmUp} warm-up, `
    + 'timed from decoded RGB pixels to the expressions (no JPEG decoding on either side)');
  console.log(`jvm: ${sides.jvm.runtime}`);
  console.log(`js:  ${sides.js.runtime}`);
  console.log(['photo'.padEnd(20), 'side', 'threads', ' faces', '   p50 ms', '   p95 ms', 'photos/s'].join(' '));
  for (const photo of settings.photos) {
    for (const count of ['1', '2']) {
      for (const side of ['jvm', 'js']) {
        const r = result(side, photo.id);
        const t = r.threads[count];
        console.log([photo.label.padEnd(20), side.padEnd(4), count.padEnd(7), String(r.faces.length).padStart(6),
          t.p50.toFixed(1).padStart(9), t.p95.toFixed(1).padStart(9), t.perSecond.toFixed(1).padStart(8)].join(' '));
      }
    }
    if (result('jvm', photo.id).secondPass) {
      console.log(`note: the JVM ran a second (tiled) detector pass on "${photo.label}", work face-api.js does not do`);
    }
  }
}

function iou(a, b) {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (w * h) / (a.width * a.height + b.width * b.height - w * h);
}

/** The largest differences of one photo's faces, each with where it is. */
function differences(photo) {
  const jvm = result('jvm', photo.id).faces;
  const js = [...result('js', photo.id).faces];
  const worst = { box: { value: 0, where: '' }, score: { value: 0, where: '' }, expression: { value: 0, where: '' } };
  const note = (kind, value, where) => {
    if (value > worst[kind].value) worst[kind] = { value, where };
  };
  jvm.forEach((ours) => {
    if (js.length === 0) return;
    const match = js.reduce((best, f) => (iou(ours, f) > iou(ours, best) ? f : best));
    js.splice(js.indexOf(match), 1);
    const where = `face at x=${ours.x.toFixed(1)} y=${ours.y.toFixed(1)}`;
    ['x', 'y', 'width', 'height'].forEach((k) => note('box', Math.abs(ours[k] - match[k]), `${k} of the ${where}`));
    note('score', Math.abs(ours.score - match.score), `score of the ${where}`);
    ours.expressions.forEach((share, i) => note('expression', Math.abs(share - match.expressions[i]),
      `${EXPRESSIONS[i]} of the ${where} (jvm ${share.toFixed(6)}, js ${match.expressions[i].toFixed(6)})`));
  });
  return { counts: [jvm.length, result('js', photo.id).faces.length], worst };
}

function checkAgreement() {
  console.log(`agreement (same faces; boxes within ${BOX_PX} px, scores within ${SCORE}, `
    + `expression shares within ${EXPRESSION}):`);
  let agree = true;
  for (const photo of settings.photos) {
    const { counts, worst } = differences(photo);
    const ok = counts[0] === counts[1] && worst.box.value <= BOX_PX && worst.score.value <= SCORE
      && worst.expression.value <= EXPRESSION;
    agree = agree && ok;
    console.log(`  ${ok ? 'agree   ' : 'DISAGREE'} ${photo.label}: faces jvm ${counts[0]}, js ${counts[1]}; `
      + `max box difference ${worst.box.value.toExponential(2)} px (${worst.box.where}), `
      + `max score difference ${worst.score.value.toExponential(2)}, `
      + `max expression difference ${worst.expression.value.toExponential(2)} (${worst.expression.where})`);
  }
  return agree;
}

printTable();
const agree = checkAgreement();
if (!agree) {
  console.log('THE JVM PORT AND FACE-API.JS DISAGREE (see the DISAGREE lines above): the timings compare different work');
}
const ratio = result('jvm', RATIO_PHOTO).threads['1'].p50 / result('js', RATIO_PHOTO).threads['1'].p50;
console.log(`jvm/js p50 ratio (1 thread, 1920 px, 5 faces): ${ratio.toFixed(2)}`);
process.exitCode = agree ? 0 : 1;
