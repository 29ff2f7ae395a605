import type { SparseVector } from './vectorizer.ts';

/** Training settings of the softmax model; the defaults suit a few thousand short phrasings. */
export type SoftmaxOptions = { epochs: number; learningRate: number; l2: number; seed: number };

const DEFAULTS: SoftmaxOptions = { epochs: 5, learningRate: 2, l2: 1e-4, seed: 7 };

// Steps between pauses of the training (see SlicedWork): about 10 ms of work on a few thousand short phrasings.
const TRAINING_SLICE = 500;

/**
 * A multinomial logistic regression over sparse vectors, trained by SGD (deterministic: seeded shuffling).
 * The final weights are the average of the weights after every step of the later epochs: the last step alone depends
 * on the order of the last few examples, and the average does not (one seed or another moved out-of-scope recall on
 * unseen questions by several points before averaging).
 */
export class SoftmaxModel {
  private readonly weights: Float64Array;
  private readonly bias: Float64Array;
  private readonly probabilities: Float64Array;
  // Lazy averaging: `sum` holds Σ (steps taken before an update) × update, so the average is weights − sum / steps.
  private readonly weightSum: Float64Array;
  private readonly biasSum: Float64Array;
  private averagedSteps = 0;

  constructor(width: number, private readonly classes: number) {
    this.weights = new Float64Array(width * classes);
    this.bias = new Float64Array(classes);
    this.probabilities = new Float64Array(classes);
    this.weightSum = new Float64Array(width * classes);
    this.biasSum = new Float64Array(classes);
  }

  /** Trains a model on vectors `xs` labelled with class numbers `ys`, pausing (yielding) every few milliseconds of work. */
  static *training(xs: readonly SparseVector[], ys: readonly number[], width: number, classes: number, options: Partial<SoftmaxOptions> = {}): Generator<void, SoftmaxModel> {
    const { epochs, learningRate, l2, seed } = { ...DEFAULTS, ...options };
    const model = new SoftmaxModel(width, classes);
    const order = xs.map((_, i) => i);
    let state = seed;
    const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const swapped = order[i]!;
        order[i] = order[j]!;
        order[j] = swapped;
      }
      const rate = learningRate / (1 + epoch * 0.1);
      const averaging = epoch >= epochs / 2;
      for (let n = 0; n < order.length; n++) {
        const i = order[n]!;
        model.step(xs[i]!, ys[i]!, rate, l2, averaging);
        if (n % TRAINING_SLICE === TRAINING_SLICE - 1) yield;
      }
    }
    model.useAverage();
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

  private step(x: SparseVector, label: number, rate: number, l2: number, averaging: boolean): void {
    const gradient = this.predict(x);
    gradient[label]! -= 1;
    const { classes, weights, weightSum, bias, biasSum } = this;
    const age = averaging ? this.averagedSteps++ : 0;
    for (let n = 0; n < x.indices.length; n++) {
      const value = x.values[n]!;
      const row = x.indices[n]! * classes;
      for (let k = 0; k < classes; k++) {
        const delta = rate * (gradient[k]! * value + l2 * weights[row + k]!);
        weights[row + k]! -= delta;
        if (age > 0) weightSum[row + k]! -= age * delta;
      }
    }
    for (let k = 0; k < classes; k++) {
      bias[k]! -= rate * gradient[k]!;
      if (age > 0) biasSum[k]! -= age * rate * gradient[k]!;
    }
  }

  private useAverage(): void {
    const steps = this.averagedSteps;
    if (steps === 0) return;
    for (let i = 0; i < this.weights.length; i++) this.weights[i]! -= this.weightSum[i]! / steps;
    for (let k = 0; k < this.bias.length; k++) this.bias[k]! -= this.biasSum[k]! / steps;
  }
}
