import { useCallback, useState } from 'react';
import { type FieldErrors } from '../lib/fieldErrors';

/**
 * A form's values and its per-field errors. Changing a field clears that field's error, so the
 * message goes away as the person fixes what it was about, while the rest stay visible.
 */
export function useFormFields<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Extract<keyof V, string>>>({});

  const setField = useCallback(<K extends Extract<keyof V, string>>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (current[field] === undefined) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }, []);

  return { values, setField, errors, setErrors };
}
