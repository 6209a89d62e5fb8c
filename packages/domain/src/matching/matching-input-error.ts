/** Bad input to the matching engine. `field` is a path a form can highlight, e.g. `candidate.skills[2].level`. */
export class MatchingInputError extends Error {
  override readonly name = 'MatchingInputError';
  readonly field: string;
  readonly code: string;

  constructor(field: string, code: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
    this.code = code;
  }
}
