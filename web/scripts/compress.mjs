// Writes a `.br` and a `.gz` next to every compressible file of dist/, the same bytes on every
// run: fixed levels (brotli 11, gzip 9) and Node's gzip header carries no mtime or file name.
// The server (src/web/assets.rs) sends whichever the browser accepts.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const compressible = /\.(html|js|mjs|css|svg|json|txt|ttf|wasm)$/;
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const report = [];
for (const path of files(dist)) {
  if (!compressible.test(path)) continue;
  const data = readFileSync(path);
  if (data.length < MIN_BYTES) continue;
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  // Only worth sending when smaller.
  if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
  if (br.length < data.length) writeFileSync(`${path}.br`, br);
  report.push([relative(dist, path), data.length, gz.length, br.length]);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, raw, gz, br] of report) {
  console.log(`${name.padEnd(48)} ${kb(raw).padStart(10)}  gz ${kb(gz).padStart(9)}  br ${kb(br).padStart(9)}`);
}
