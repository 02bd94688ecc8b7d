/**
 * Outputs stay valid whatever the text: every XML file of the built site parses with a strict
 * XML 1.0 parser, every JSON file, JSON-LD block and JSON Lines line with JSON.parse, every CSV
 * file with an RFC 4180 reader, and no output holds a control
 * character. (The same check runs over the hostile and the random-text builds.)
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { strictOutputProblems, xmlProblems } from '../support/outputs.ts';

describe('every output file parses strictly', () => {
  it('the feed, the sitemaps, robots.txt, the web manifest, the data downloads and every page of the build', () => {
    const { checked, problems, kinds } = strictOutputProblems(DIST);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(30);
    expect([...kinds].sort()).toEqual(['.csv', '.html', '.json', '.jsonl', '.txt', '.webmanifest', '.xml']);
  });

  it('the strict parser refuses what a lenient one would let through', () => {
    expect(xmlProblems('<a>teks\u0007</a>')).toEqual([expect.stringMatching(/disallowed character/)]);
    expect(xmlProblems('<a>&#7;</a>')).toHaveLength(1);
    expect(xmlProblems('<a>&nbsp;</a>')).toHaveLength(1);
    expect(xmlProblems('<a>teks</a>')).toEqual([]);
  });
});
