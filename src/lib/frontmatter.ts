/**
 * Splits an article file into its YAML frontmatter and its body. YAML is read with the core
 * schema, so dates stay the text that was written ("2022-02-30" stays "2022-02-30" and is
 * refused by the schema) instead of becoming Date objects that roll impossible days over.
 */
import yaml from 'js-yaml';

export type SplitResult =
  { ok: true; frontmatter: Record<string, unknown>; body: string } | { ok: false; reason: string };

const FENCED = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export function splitFrontmatter(source: string): SplitResult {
  const match = FENCED.exec(source);
  if (!match) return { ok: false, reason: 'no frontmatter; expected the file to start with a "---" line' };
  try {
    const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, reason: 'the frontmatter is not a set of fields; expected "name: value" lines' };
    }
    return { ok: true, frontmatter: data as Record<string, unknown>, body: match[2]! };
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `the frontmatter is not valid YAML: ${reason}` };
  }
}
