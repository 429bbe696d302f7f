/** A file name safe on every system: letters without accents, digits, dashes. */
function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'sans-nom'
  );
}

/** `evaluation_<nom>_<cycle>.pdf`, e.g. `evaluation_Zoe-Unal_2025-01-01_2025-12-31.pdf`. */
export function reviewPdfFileName(personName: string, cycleStart: string, cycleEnd: string): string {
  return `evaluation_${slug(personName)}_${cycleStart}_${cycleEnd}.pdf`;
}
