import { describe, expect, it } from 'vitest';
import { parseChildren, parseStatus, shortCommand } from '../../../bench/lib/proc.ts';

const STATUS = `Name:\tnode
Umask:\t0022
State:\tR (running)
Tgid:\t4242
Pid:\t4242
PPid:\t4200
VmPeak:\t 2345678 kB
VmHWM:\t  812344 kB
VmRSS:\t  700000 kB
Threads:\t11
`;

describe('parseStatus', () => {
  it('reads the name, the parent and the resident set now and at its peak, in bytes', () => {
    expect(parseStatus(STATUS)).toEqual({
      name: 'node',
      ppid: 4200,
      rssBytes: 700000 * 1024,
      hwmBytes: 812344 * 1024,
    });
  });

  it('gives 0 bytes for a process without memory lines (a zombie, a kernel thread)', () => {
    const status = parseStatus('Name:\tkthreadd\nPPid:\t0\n');
    expect(status.rssBytes).toBe(0);
    expect(status.hwmBytes).toBe(0);
  });
});

describe('parseChildren', () => {
  it('reads the pids a thread started, and none from an empty file', () => {
    expect(parseChildren('4243 4250 \n')).toEqual([4243, 4250]);
    expect(parseChildren('')).toEqual([]);
  });
});

describe('shortCommand', () => {
  it('names a process by its program and first arguments, without options or folders', () => {
    const cmdline = [
      '/usr/bin/node',
      '--max-old-space-size=8192',
      '/w/node_modules/astro/bin/astro.mjs',
      'build',
      '--outDir',
      'dist',
      '',
    ].join('\0');
    expect(shortCommand(cmdline)).toBe('node astro.mjs build');
    expect(shortCommand('/x/pagefind_extended\0--site\0public\0')).toBe('pagefind_extended public');
  });
});
