/**
 * Focus helpers shared by the data tables.
 *
 * A click anywhere on a row acts as a click on its open button: that button takes focus (so closing the
 * detail brings focus back to it, and the keyboard carries on from the row).
 */
export function focusRowButton(row: HTMLElement, selector: string): void {
  row.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
}
