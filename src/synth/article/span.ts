/** Where some words of the text are: the annotation holds spans until the text is finished. */
export class Span {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}
