/**
 * WebStreamClient and HttpService are NotCreatable in the API dump: only their factories make them.
 */
import { describe, expect, it } from 'vitest';
import { createHttpService, NodeHttpService, NodeWebStreamClient, NotCreatableError } from '../../../runtime/index.js';

function thrownBy(make: () => unknown): unknown {
  try {
    make();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('NotCreatable classes', () => {
  it('refuses new NodeWebStreamClient() with a typed error naming the class', () => {
    const Client = NodeWebStreamClient as unknown as new () => unknown;
    const error = thrownBy(() => new Client());
    expect(error).toBeInstanceOf(NotCreatableError);
    expect(error).toMatchObject({ code: 'WSC_ERR_NOT_CREATABLE', message: 'Unable to create an Instance of type "WebStreamClient"' });
  });

  it('refuses new NodeHttpService() and points to createHttpService', () => {
    const Service = NodeHttpService as unknown as new () => unknown;
    expect(thrownBy(() => new Service())).toMatchObject({ code: 'WSC_ERR_NOT_CREATABLE', className: 'HttpService' });
  });

  it('still makes both through their factories, and instanceof keeps working', () => {
    const service = createHttpService();
    expect(service).toBeInstanceOf(NodeHttpService);
    expect(service.ClassName).toBe('HttpService');
  });
});
