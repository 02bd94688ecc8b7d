/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages do: a line that starts at the
 * margin is a URL pattern (`*` matches any run of characters, `/` included), each indented
 * `Name: value` line below it is a header for the paths it matches, `#` starts a comment.
 * A path matched by several rules gets all their headers; a name set twice is joined with
 * ", " (Cloudflare's rule).
 */

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!content.startsWith('/'))
        throw new Error(`_headers line ${index + 1}: expected a path, got ${content}`);
      rules.push({ pattern: content, headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const header = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(content);
    if (!rule || !header) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    const name = header[1]!;
    const value = header[2]!;
    rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The rules whose pattern matches `path`, in file order. */
export function rulesFor(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => matches(rule.pattern, path));
}

/** The headers a host sends with the response for `path`. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rulesFor(rules, path)) {
    for (const [name, value] of Object.entries(rule.headers)) {
      result[name] = result[name] === undefined ? value : `${result[name]}, ${value}`;
    }
  }
  return result;
}

/** A Content-Security-Policy as a map from directive to its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
