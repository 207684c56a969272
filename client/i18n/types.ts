/** A catalogue's shape with every string widened, so a translation must have exactly the same keys. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
