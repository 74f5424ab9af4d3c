// The diff baseline of bench/cli.ts, as a user would write it without this package: read and
// JSON.parse two dumps, diff them with jsondiffpatch (array items matched by Name, as dump
// entities are keyed), and print the delta as JSON. Arguments: <old dump file> <new dump file>.
import { readFileSync } from 'node:fs';
import { create } from 'jsondiffpatch';

const [oldFile, newFile] = process.argv.slice(2);
const differ = create({ objectHash: (item, index) => item?.Name ?? `#${index}` });
const delta = differ.diff(JSON.parse(readFileSync(oldFile, 'utf8')), JSON.parse(readFileSync(newFile, 'utf8')));
process.stdout.write(`${JSON.stringify(delta)}\n`);
