/** Plain-text tables for the terminal: columns padded by display width, numbers right-aligned. */

function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

export function renderTable(head: string[], rows: string[][], rightAlign: boolean[] = []): string {
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - width(s));
    return rightAlign[i] ? fill + s : s + fill;
  };
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, i))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
