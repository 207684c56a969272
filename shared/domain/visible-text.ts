/**
 * Text people type that must stay honest on screen and in exports (issue 11): a bidirectional control
 * (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F/U+061C marks) can make
 * "合同.exe" read as "exe.同合" or hide part of a name, and a name of zero-width spaces looks empty but
 * is not. Such text is refused, not silently rewritten, so nobody's record changes behind their back.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** Characters that print nothing: zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator, Hangul fillers. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u3164\u115F\u1160]/gu;

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

/** True when nothing but white space and invisible characters is left. */
export function isVisiblyEmpty(text: string): boolean {
  return text.replace(INVISIBLE, '').trim() === '';
}
