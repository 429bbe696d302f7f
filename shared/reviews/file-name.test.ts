import { describe, expect, it } from 'vitest';
import { reviewPdfFileName } from './file-name';

describe('reviewPdfFileName', () => {
  it('names the person and the cycle, without accents or unsafe characters', () => {
    expect(reviewPdfFileName('Zoë Ünal', '2025-01-01', '2025-12-31')).toBe('evaluation_Zoe-Unal_2025-01-01_2025-12-31.pdf');
    expect(reviewPdfFileName('../../<script>', '2025-01-01', '2025-12-31')).toBe('evaluation_script_2025-01-01_2025-12-31.pdf');
    expect(reviewPdfFileName('🌟', '2025-01-01', '2025-12-31')).toBe('evaluation_sans-nom_2025-01-01_2025-12-31.pdf');
  });
});
