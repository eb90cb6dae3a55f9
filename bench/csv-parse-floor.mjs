#!/usr/bin/env node
// What the reader cost before the byte scanner: csv-parse streaming records with line info, counted, nothing else.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
const parser = createReadStream(process.argv[2]).pipe(parse({ bom: true, skip_empty_lines: true, info: true }));
for await (const _ of parser) records++;
console.log(records - 1);
