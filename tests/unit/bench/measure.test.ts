import { describe, expect, it } from 'vitest';
import { errorLine, parseTimeReport } from '../../../bench/lib/measure.ts';

describe('parseTimeReport', () => {
  it("reads GNU time's peak kilobytes and CPU seconds, and a normal ending", () => {
    expect(parseTimeReport('812344 12.50 1.25\n')).toEqual({
      exitCode: 0,
      signal: null,
      cpuMs: 13750,
      maxRssBytes: 812344 * 1024,
    });
  });

  it('reads an exit code and a signal from the line GNU time adds before its figures', () => {
    expect(parseTimeReport('Command exited with non-zero status 134\n4000000 80.00 2.00\n')).toMatchObject({
      exitCode: 134,
      signal: null,
    });
    expect(parseTimeReport('Command terminated by signal 9\n1544 0.00 0.00\n')).toMatchObject({
      exitCode: null,
      signal: 9,
    });
  });
});

describe('errorLine', () => {
  const lines = (...texts: string[]) => texts.map((text, ms) => ({ ms, text }));

  it("finds V8's fatal error of a heap out of memory among the last lines", () => {
    expect(
      errorLine(
        lines(
          '12:00:01 [build] generating static routes',
          '<--- Last few GCs --->',
          'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
          '----- Native stack trace -----',
          ' 1: 0xb8d0a3 node::OOMErrorHandler',
        ),
      ),
    ).toBe('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
  });

  it('else the first error line, else the last line', () => {
    expect(errorLine(lines('working', 'Error: ENOSPC: no space left on device', 'at write'))).toBe(
      'Error: ENOSPC: no space left on device',
    );
    expect(errorLine(lines('working', 'still working', ''))).toBe('still working');
  });
});
