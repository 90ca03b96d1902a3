/** A document that cannot be read, with a message naming it and saying why (shown to the analyst as it is). */
export class InputError extends Error {}
