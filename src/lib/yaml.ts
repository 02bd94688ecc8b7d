/**
 * YAML as the archive reads it: strictly, with the line and column of every problem and of
 * every value. The core schema keeps dates as the text written ("2022-02-30" stays text and
 * is refused by the schema; YAML 1.1 would roll it over to 2 March). A duplicate key, a tab
 * used for indentation or any syntax error is a problem, never a silent guess.
 */
import jsYaml from 'js-yaml';
import { LineCounter, isNode, parseDocument } from 'yaml';

/** A place in a text: line and column, both from 1. */
export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem extends Position {
  message: string;
}

export type YamlPath = readonly (string | number)[];

export type YamlResult =
  | {
      ok: true;
      /** The document as plain data; undefined for a document with no content. */
      value: unknown;
      /** Where the value at a path starts; undefined when the path is not in the document. */
      positionOf(path: YamlPath): Position | undefined;
    }
  | { ok: false; problems: YamlProblem[] };

/** What YAML's own error codes mean, in words an archivist can act on. */
const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'a key appears twice in the same record; expected each field once',
  BAD_INDENT:
    'the indentation does not match the lines above; expected the same spaces for fields of one record',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTIPLE_DOCS: 'a second document ("---") follows; expected one',
};

/**
 * Parses YAML text. `startLine` shifts the reported lines, for YAML that starts further down
 * a file (an article's frontmatter starts on line 2).
 *
 * A fast reader (js-yaml, the same core schema, duplicate keys refused) gives the value; the
 * reader that keeps every node's position (yaml) runs only when a position is asked for (a
 * message), or to say exactly what is wrong with text the fast reader refused. At 100,000
 * articles this is the difference between seconds and a minute.
 */
export function readYaml(text: string, startLine = 1): YamlResult {
  const shift = startLine - 1;
  const tabs = tabIndents(text).map((line) => ({
    line: line + shift,
    column: 1,
    message: 'a tab indents this line; expected spaces (YAML does not allow tabs for indentation)',
  }));
  if (tabs.length > 0) return { ok: false, problems: tabs };
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    const located = readLocated(text, shift);
    if (!located.ok) return located;
    // (The two readers disagree: say what the strict one found.)
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const message = (error as { reason?: string }).reason ?? String(error);
    return {
      ok: false,
      problems: [{ line: (mark?.line ?? 0) + startLine, column: (mark?.column ?? 0) + 1, message }],
    };
  }
  let located: YamlResult | undefined;
  return {
    ok: true,
    value: value === null && text.trim().replace(/^#.*$/gm, '').trim() === '' ? undefined : value,
    positionOf(path) {
      located ??= readLocated(text, shift);
      return located.ok ? located.positionOf(path) : undefined;
    },
  };
}

/** The slower reading that knows where every node is. */
function readLocated(text: string, shift: number): YamlResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + shift, column: col };
  };
  if (doc.errors.length > 0) {
    // One problem per line: YAML often reports the same slip several times.
    const seen = new Set<number>();
    const problems: YamlProblem[] = [];
    for (const error of doc.errors) {
      const position = at(error.pos[0]);
      if (seen.has(position.line)) continue;
      seen.add(position.line);
      const key =
        error.code === 'DUPLICATE_KEY' ? /^["']?([^"':\n]+)/.exec(text.slice(error.pos[0]))?.[1] : undefined;
      const message = key
        ? `the key "${key}" appears twice in the same record; expected each field once`
        : (MESSAGES[error.code] ?? `${error.message.split('\n')[0]} (${error.code})`);
      problems.push({ ...position, message });
    }
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: doc.contents === null ? undefined : doc.toJS({ maxAliasCount: 100 }),
    positionOf(path) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (!isNode(node) || !node.range) return undefined;
      return at(node.range[0]);
    },
  };
}

/** Line numbers (from 1) whose indentation holds a tab. */
function tabIndents(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (/^ *\t/.test(line) && line.trim() !== '') lines.push(index + 1);
  });
  return lines;
}

/** "file:3:5" for messages. */
export function located(file: string, position: Position | undefined): string {
  return position ? `${file}:${position.line}:${position.column}` : file;
}
