// Preload (`node --import`) that injects file-system faults named by REDLINE_FAULT:
//   write-enospc   writing a redline temporary file writes half the bytes, then fails with ENOSPC
//   rename-enospc  renaming a redline temporary file over the original fails with ENOSPC
//   vanish:<name>  a file called <name> is deleted right before redline reads it
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';

const fault = process.env.REDLINE_FAULT ?? '';
const isTemporary = (path) => /\.redline-[^/\\]*\.tmp$/.test(String(path));

function enospc(syscall, path) {
  return Object.assign(new Error(`ENOSPC: no space left on device, ${syscall} '${path}'`), { code: 'ENOSPC', errno: -28, syscall, path: String(path) });
}

if (fault === 'write-enospc') {
  const { writeFile } = fsp;
  const { writeFileSync } = fs;
  fsp.writeFile = async (path, data, options) => {
    if (!isTemporary(path)) return writeFile(path, data, options);
    await writeFile(path, String(data).slice(0, String(data).length >> 1), options);
    throw enospc('write', path);
  };
  fs.writeFileSync = (path, data, options) => {
    if (!isTemporary(path)) return writeFileSync(path, data, options);
    writeFileSync(path, String(data).slice(0, String(data).length >> 1), options);
    throw enospc('write', path);
  };
}

if (fault === 'rename-enospc') {
  const { rename } = fsp;
  const { renameSync } = fs;
  fsp.rename = async (from, to) => (isTemporary(from) ? Promise.reject(enospc('rename', from)) : rename(from, to));
  fs.renameSync = (from, to) => {
    if (isTemporary(from)) throw enospc('rename', from);
    return renameSync(from, to);
  };
}

if (fault.startsWith('vanish:')) {
  const name = fault.slice('vanish:'.length);
  const vanish = (path) => {
    if (typeof path === 'string' && basename(path) === name) fs.rmSync(path, { force: true });
  };
  const { readFile, open } = fsp;
  const { readFileSync, openSync } = fs;
  fsp.readFile = async (path, options) => (vanish(path), readFile(path, options));
  fsp.open = async (path, ...rest) => (vanish(path), open(path, ...rest));
  fs.readFileSync = (path, options) => (vanish(path), readFileSync(path, options));
  fs.openSync = (path, ...rest) => (vanish(path), openSync(path, ...rest));
}

syncBuiltinESMExports();
