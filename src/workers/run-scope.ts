// Each run's own TensorFlow.js engine scope, so that runs of several figures can take turns in
// one worker. The engine tracks every new tensor in the scope on top of its scope stack, and a
// scope's end frees the tensors it tracked (those a job forgot). Runs interleave at their
// checkpoints, so a run takes its scope off the stack while it waits and puts it back on top
// when it resumes: whatever it creates is tracked in its own scope, and ending one run's scope
// never frees another run's tensors. Uses the engine's scope stack (tf.engine().state, typed
// public in @tensorflow/tfjs-core 4.22, which package.json pins).
import * as tf from '@tensorflow/tfjs-core';

type ScopeState = ReturnType<typeof tf.engine>['state']['activeScope'];

export class RunScope {
  private readonly scope: ScopeState;

  /** Starts the scope and leaves it on top of the stack (the run computes first). */
  constructor(name: string) {
    tf.engine().startScope(name);
    this.scope = tf.engine().state.activeScope;
  }

  /** Off the stack while the run waits (other runs compute meanwhile). */
  detach(): void {
    const state = tf.engine().state;
    const i = state.scopeStack.lastIndexOf(this.scope);
    if (i >= 0) state.scopeStack.splice(i, 1);
    state.activeScope = state.scopeStack.length ? state.scopeStack[state.scopeStack.length - 1] : (null as unknown as ScopeState);
  }

  /** Back on top as the run resumes. */
  attach(): void {
    this.detach();
    const state = tf.engine().state;
    state.scopeStack.push(this.scope);
    state.activeScope = this.scope;
  }

  /** Ends the scope: frees every tensor it tracked that was not kept. */
  end(): void {
    this.attach();
    tf.engine().endScope();
  }
}
