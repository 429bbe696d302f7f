import type { TFunction } from '../i18n';
import { isClassId } from '../../../shared/framework/types';

/** "Classe C", or a plain warning for a class the framework does not know (an old or damaged record). */
export function classLabel(t: TFunction, classId: string | null | undefined): string {
  if (!classId) return t('common.none');
  return isClassId(classId) ? t('common.className', { classId }) : t('common.unknownClass', { classId });
}
