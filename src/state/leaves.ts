/** The leaf schemas the design's zod schemas repeat, each built once and shared (a zod schema is immutable):
 *  every schema built costs ~0.15 M instructions when the pack loads, and the design repeats these ~130 times. */
import * as z from 'zod';

export const str = z.string();
export const optStr = str.optional();
export const bool = z.boolean();
export const optBool = bool.optional();
export const nonEmpty = str.min(1);
export const strs = z.array(str);
export const optStrs = strs.optional();
