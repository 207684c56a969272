/** English needs a `_one` form beside every plural `_other` key of the Chinese catalogue (i18next plurals). */
type PluralOne<T> = { [K in keyof T as K extends `${infer B}_other` ? `${B}_one` : never]: string };

/**
 * A catalogue's shape with every string widened, so a translation must have exactly the same keys; a
 * count key is `x_other` in Chinese (one plural form) and `x_one` + `x_other` in English.
 */
export type Widen<T> = {
  -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]>;
} & PluralOne<T>;
