#!/usr/bin/env node
// Regenerates the two data files the phone engine ships, from the libphonenumber-js package that is
// installed (no network): run `node utils/phone/generate-metadata.mjs` after upgrading libphonenumber-js.
// `--check` writes nothing and exits 1 when the committed files differ from what it would write;
// tests/unit/phone.test.ts runs that, so an upgrade cannot silently leave stale metadata behind.
//
// - metadata.cn.json: libphonenumber-js "custom metadata" (the format `libphonenumber-js/core` takes)
//   cut down to China from metadata.max.json. `max` is needed because only it carries the per-type
//   patterns (mobile, fixed line by area code, toll free, UAN) that make validation exact; the other
//   244 countries would cost ~50 kB gzip in every content script for numbers we do not classify.
// - calling-codes.json: for every other country calling code, the national-number lengths that are
//   possible (libphonenumber's isPossible rule), so a `+44 …` number can be checked and turned into
//   E.164 without shipping any other country's patterns.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

export function buildMetadata() {
  const max = require('libphonenumber-js/metadata.max.json');
  const { version: libVersion } = JSON.parse(
    readFileSync(require.resolve('libphonenumber-js/package.json'), 'utf8'),
  );
  const { Metadata } = require('libphonenumber-js/core');

  const cn = {
    version: max.version,
    country_calling_codes: { 86: ['CN'] },
    countries: { CN: max.countries.CN },
    nonGeographic: {},
  };

  const md = new Metadata(max);
  const codes = {};
  const add = (code, lengths) => {
    const set = new Set(codes[code] ?? []);
    for (const n of lengths ?? []) set.add(n);
    codes[code] = [...set].sort((a, b) => a - b);
  };
  for (const [code, countries] of Object.entries(max.country_calling_codes)) {
    if (code === '86') continue; // China is handled exactly from metadata.cn.json
    for (const country of countries) {
      md.selectNumberingPlan(country);
      add(code, md.numberingPlan.possibleLengths());
    }
  }
  for (const code of Object.keys(max.nonGeographic ?? {})) {
    md.selectNumberingPlan(undefined, code);
    add(code, md.numberingPlan.possibleLengths());
  }
  const callingCodes = { source: `libphonenumber-js@${libVersion} metadata.max.json`, codes };
  return { cn, callingCodes };
}

export const stringify = (value) => JSON.stringify(value) + '\n';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { cn, callingCodes } = buildMetadata();
  const files = { 'metadata.cn.json': stringify(cn), 'calling-codes.json': stringify(callingCodes) };
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files)
      .filter(([name, text]) => {
        try {
          return readFileSync(join(here, name), 'utf8') !== text;
        } catch {
          return true;
        }
      })
      .map(([name]) => name);
    if (stale.length) {
      console.error(`stale: ${stale.join(', ')} (run node utils/phone/generate-metadata.mjs)`);
      process.exit(1);
    }
    console.log(`up to date with ${callingCodes.source}`);
  } else {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(here, name), text);
    console.log(
      `wrote metadata.cn.json and calling-codes.json (${Object.keys(callingCodes.codes).length} calling codes) from ${callingCodes.source}`,
    );
  }
}
