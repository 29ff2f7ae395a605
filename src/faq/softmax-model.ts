import type { SparseVector } from './vectorizer.ts';

/** Training settings of the softmax model; the defaults suit a few thousand short phrasings. */
export type SoftmaxOptions = { epochs: number; learningRate: number; l2: number; seed: number };

const DEFAULTS: SoftmaxOptions = { epochs: 8, learningRate: 1, l2: 1e-4, seed: 7 };

/** A multinomial logistic regression over sparse vectors, trained by SGD (deterministic: seeded shuffling). */
export class SoftmaxModel {
  private readonly weights: Float64Array;
  private readonly bias: Float64Array;
  private readonly probabilities: Float64Array;

  constructor(width: number, private readonly classes: number) {
    this.weights = new Float64Array(width * classes);
    this.bias = new Float64Array(classes);
    this.probabilities = new Float64Array(classes);
  }

  /** Trains a model on vectors `xs` labelled with class numbers `ys`. */
  static train(xs: readonly SparseVector[], ys: readonly number[], width: number, classes: number, options: Partial<SoftmaxOptions> = {}): SoftmaxModel {
    const { epochs, learningRate, l2, seed } = { ...DEFAULTS, ...options };
    const model = new SoftmaxModel(width, classes);
    const order = xs.map((_, i) => i);
    let state = seed;
    const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = learningRate / (1 + epoch * 0.1);
      for (const i of order) model.step(xs[i]!, ys[i]!, rate, l2);
    }
    return model;
  }

  /** Class probabilities for one vector (the returned array is reused by the next call). */
  predict(x: SparseVector): Float64Array {
    const p = this.probabilities;
    p.set(this.bias);
    const { classes, weights } = this;
    for (let n = 0; n < x.indices.length; n++) {
      const value = x.values[n]!;
      const row = x.indices[n]! * classes; // feature-major rows keep each feature's weights contiguous
      for (let k = 0; k < classes; k++) p[k]! += value * weights[row + k]!;
    }
    let max = -Infinity;
    for (let k = 0; k < classes; k++) max = Math.max(max, p[k]!);
    let sum = 0;
    for (let k = 0; k < classes; k++) sum += p[k] = Math.exp(p[k]! - max);
    for (let k = 0; k < classes; k++) p[k]! /= sum;
    return p;
  }

  private step(x: SparseVector, label: number, rate: number, l2: number): void {
    const gradient = this.predict(x);
    gradient[label]! -= 1;
    const { classes, weights } = this;
    for (let n = 0; n < x.indices.length; n++) {
      const value = x.values[n]!;
      const row = x.indices[n]! * classes;
      for (let k = 0; k < classes; k++) weights[row + k]! -= rate * (gradient[k]! * value + l2 * weights[row + k]!);
    }
    for (let k = 0; k < classes; k++) this.bias[k]! -= rate * gradient[k]!;
  }
}
