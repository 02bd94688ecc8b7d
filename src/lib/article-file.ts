/**
 * The one reader and writer of an article file (`content/articles/<id>.mdx`): YAML
 * frontmatter between "---" lines, then the body. The build, the importer and the tests all
 * read articles through `parseArticleFile`, so a draft that passes here passes the build.
 */
import { Document, isScalar, visit } from 'yaml';
import { type Position, type YamlPath, type YamlProblem, readYaml } from './yaml.ts';

export interface ArticleFile {
  frontmatter: Record<string, unknown>;
  body: string;
  /** Where a frontmatter field starts in the file (line 2 is the first field). */
  positionOf(path: YamlPath): Position | undefined;
}

export type ArticleFileResult = { ok: true; file: ArticleFile } | { ok: false; problems: YamlProblem[] };

const FENCED = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Splits and reads an article file; YAML problems come with their line and column in the file. */
export function parseArticleFile(source: string): ArticleFileResult {
  const match = FENCED.exec(source);
  if (!match) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          message:
            'no frontmatter; expected the file to start with a "---" line and the fields to end with another',
        },
      ],
    };
  }
  const yaml = readYaml(match[2] ?? '', 2);
  if (!yaml.ok) return yaml;
  const { value } = yaml;
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          line: 2,
          column: 1,
          message: 'the frontmatter is not a set of fields; expected "name: value" lines',
        },
      ],
    };
  }
  return {
    ok: true,
    file: { frontmatter: value as Record<string, unknown>, body: match[3]!, positionOf: yaml.positionOf },
  };
}

/**
 * The article file for frontmatter and a body: stable YAML (keys in the order given, dates
 * in quotes so that no YAML reader takes them for timestamps), one final newline.
 */
export function renderArticleFile(frontmatter: object, body: string): string {
  const doc = new Document(frontmatter);
  visit(doc, {
    Scalar(_, node) {
      if (
        isScalar(node) &&
        typeof node.value === 'string' &&
        /^\d{4}(?:-\d\d){0,2}(?:T|$)/.test(node.value)
      ) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return `---\n${doc.toString({ lineWidth: 100, minContentWidth: 40 })}---\n\n${body}\n`;
}
