import { describe, expect, it } from 'vitest';
import { installDomMatrix, Matrix2D } from '../../main/dom-matrix-polyfill.js';

describe('the DOMMatrix of the document reader worker', () => {
  it('composes, inverts and transforms like a 2-D DOMMatrix', () => {
    const m = new Matrix2D().translateSelf(10, 20).scaleSelf(2, 3);
    expect(m.toArray()).toEqual([2, 0, 0, 3, 10, 20]);
    expect(m.transformPoint({ x: 1, y: 1 })).toMatchObject({ x: 12, y: 23 });
    const back = m.inverse().transformPoint({ x: 12, y: 23 });
    expect(back.x).toBeCloseTo(1);
    expect(back.y).toBeCloseTo(1);
    expect(m.multiply(m.inverse()).isIdentity).toBe(true);
    expect(new Matrix2D([1, 0, 0, 1, 5, 0]).preMultiplySelf(new Matrix2D([2, 0, 0, 2, 0, 0])).toArray()).toEqual([2, 0, 0, 2, 10, 0]);
    expect(new Matrix2D([1, 2, 0, 0, 3, 4, 0, 0, 0, 0, 1, 0, 5, 6, 0, 1]).toArray()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => new Matrix2D([1, 2, 3])).toThrow(TypeError);
  });

  it('is installed only where there is no DOMMatrix', () => {
    const bare: Record<string, unknown> = {};
    installDomMatrix(bare);
    expect(bare.DOMMatrix).toBe(Matrix2D);
    const native = class {};
    const browser: Record<string, unknown> = { DOMMatrix: native };
    installDomMatrix(browser);
    expect(browser.DOMMatrix).toBe(native);
  });
});
