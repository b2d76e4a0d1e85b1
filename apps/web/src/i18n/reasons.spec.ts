import { englishReasonTexts, errorReasons, type ErrorReason } from '@hadir/contracts';
import { en } from './en';
import { id } from './id';

const textOf = (texts: typeof en, reason: ErrorReason): unknown => {
  const [feature, key] = reason.split('.') as [keyof typeof en.errors.reasons, string];
  return (texts.errors.reasons[feature] as Record<string, unknown>)[key];
};

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the server’s error reasons in the web app', () => {
  it('should cover every failure the API can report', () => {
    expect(errorReasons.length).toBeGreaterThan(100);
    expect(en.errors.reasons).toBe(englishReasonTexts);
  });

  it.each(errorReasons)(
    'should say %s in English and in Indonesian, with the same values',
    (reason) => {
      const english = textOf(en, reason);
      const indonesian = textOf(id, reason);
      expect(typeof english).toBe('string');
      expect(typeof indonesian).toBe('string');
      expect(String(indonesian).trim()).not.toBe('');
      expect(placeholders(String(indonesian))).toEqual(placeholders(String(english)));
    },
  );
});
