/**
 * Reads the competency table out of the source document's text, so that tests
 * can hold the encoded framework against the document itself. Used by tests
 * only; the app reads `data.ts`.
 */
export type ReferenceCompetency = {
  name: string;
  distinctive: boolean;
  levels: { title: string; classes: string[] }[];
};

/** The table, column by column (one column per cluster), then each column's competencies top to bottom. */
export function parseReferenceTable(text: string): ReferenceCompetency[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('Profils de compétences'));
  if (start === -1) throw new Error('The document has no competency table.');
  const columns: ReferenceCompetency[][] = [[], [], [], []];
  const current: ReferenceCompetency[] = [];
  // Skip the title, a blank line and the cluster header.
  for (const line of lines.slice(start + 3)) {
    if (line.trim() === '') break;
    const cells = line.split('\t');
    const isLevelRow = cells.some((cell) => cell.startsWith('niveau '));
    for (let column = 0; column < 4; column++) {
      const first = cells[column * 2] ?? '';
      const second = cells[column * 2 + 1] ?? '';
      if (!isLevelRow) {
        const competency = { name: first.replace(/^✦ /, ''), distinctive: first.startsWith('✦ '), levels: [] };
        current[column] = competency;
        columns[column]!.push(competency);
      } else if (first !== '') {
        current[column]!.levels.push({
          title: first.replace(/^niveau \d /, ''),
          classes: second.split(' ').filter(Boolean),
        });
      }
    }
  }
  return columns;
}
