import { channelAdapterContract, CONTRACT_PHOTO } from '../../../contract/channel-adapter.contract.ts';
import { toInbound, toInboundUpload, WebMessageBody, WebUploadQuery, type WebUpload } from '../../../../adapters/web/normalize.ts';
import { toVisibleText, toWebMessage } from '../../../../adapters/web/render.ts';

const conversationId = '0f8fad5b-d9cb-469f-a165-70867728950e';
type WebPayload = { kind: 'message'; body: unknown } | { kind: 'upload'; query: unknown; bytes: Buffer; contentType?: string };

channelAdapterContract('web', () => ({
  channel: 'web',
  fixtures: {
    text: { kind: 'message', body: { conversationId, id: 'msg-00000001', text: 'hi', locale: 'en' } },
    photo: { kind: 'upload', query: { conversationId, id: 'upl-00000001', name: 'id-front.jpg' }, bytes: CONTRACT_PHOTO, contentType: 'image/jpeg' },
    choice: { kind: 'message', body: { conversationId, id: 'msg-00000002', action: { id: 'passport' } } },
  } satisfies Record<string, WebPayload>,
  normalize: (payload) => {
    const p = payload as WebPayload;
    if (p.kind === 'message') return toInbound(WebMessageBody.parse(p.body));
    const upload: WebUpload = { query: WebUploadQuery.parse(p.query), bytes: p.bytes, ...(p.contentType ? { contentType: p.contentType } : {}) };
    return toInboundUpload(upload);
  },
  visibleText: (message) => toVisibleText(toWebMessage(message)),
}));
