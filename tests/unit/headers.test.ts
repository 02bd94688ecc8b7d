import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, parsePolicy, rulesFor } from '../support/headers.ts';
import { ROOT } from '../support/paths.ts';

const sample = `# a comment
/*
  X-Frame-Options: DENY
  Cache-Control: no-cache

/_astro/*
  # a comment inside a rule
  Cache-Control: immutable
`;

describe('parseHeaders and headersFor (the _headers format of Netlify and Cloudflare Pages)', () => {
  it('reads rules of a path pattern and its indented headers, skipping comments', () => {
    expect(parseHeaders(sample)).toEqual([
      { pattern: '/*', headers: { 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-cache' } },
      { pattern: '/_astro/*', headers: { 'Cache-Control': 'immutable' } },
    ]);
  });

  it('gives a path the headers of every rule it matches, joining a repeated name with ", "', () => {
    const rules = parseHeaders(sample);
    expect(headersFor(rules, '/linimasa/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-cache',
    });
    expect(headersFor(rules, '/_astro/a/b.css')).toEqual({
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-cache, immutable',
    });
  });

  it('refuses a header outside a rule and a rule that is not a path', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY')).toThrow(
      'line 1: expected "Name: value" under a path',
    );
    expect(() => parseHeaders('*.html\n  X: y')).toThrow('line 1: expected a path, got *.html');
  });

  it('splits a policy into directives and their sources', () => {
    expect(parsePolicy("default-src 'self'; object-src 'none';")).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['object-src', ["'none'"]],
      ]),
    );
  });
});

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync(`${ROOT}public/_headers`, 'utf8'));

  it('never sets one header twice for a path, which hosts would join into a broken value', () => {
    for (const path of [
      '/',
      '/_astro/x.css',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/id_1.pf_fragment',
      '/naskah/000_a0787a86cb8f5b8c.txt',
      '/data/paragraphs/2022-01.csv',
    ]) {
      const names = rulesFor(rules, path).flatMap((rule) => Object.keys(rule.headers));
      expect(names.length, path).toBe(new Set(names).size);
    }
  });

  it('serves the raw captures as UTF-8 plain text, never sniffed', () => {
    expect(headersFor(rules, '/naskah/000_a0787a86cb8f5b8c.txt')).toMatchObject({
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    });
    expect(headersFor(rules, '/')).not.toHaveProperty('Content-Type');
  });

  it('lets any origin read the data downloads, and only them', () => {
    expect(headersFor(rules, '/data/timelinejs.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(rules, '/data/paragraphs/2022-01.csv')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(rules, '/')).not.toHaveProperty('Access-Control-Allow-Origin');
    expect(headersFor(rules, '/artikel/2022/01/12/a/')).not.toHaveProperty('Access-Control-Allow-Origin');
  });

  it('sends a strict policy with every response: scripts and styles only from files of the site', () => {
    const policy = parsePolicy(
      headersFor(rules, '/pagefind/pagefind-worker.js')['Content-Security-Policy'] ?? '',
    );
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
