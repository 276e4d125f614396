import { readFile, stat } from 'node:fs/promises';
import { runCli } from './run';

// The `quoteline` command (bin/quoteline.mjs runs the built copy, lib/cli.js).
const code = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  fileSize: async (path) => (await stat(path)).size,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
