import type { GraphClient } from '../graph/types';

export interface Me {
  displayName: string;
  /** `mail`, or the user principal name for accounts without a mailbox address. */
  address: string;
}

/** "Signed in as …": `GET /me` with the two fields the pane shows (User.Read). */
export async function getMe(client: GraphClient, signal?: AbortSignal): Promise<Me> {
  const me = await client.get<{
    displayName?: string | null;
    mail?: string | null;
    userPrincipalName?: string | null;
  }>('/me', {
    query: { $select: 'displayName,mail,userPrincipalName' },
    scopes: ['User.Read'],
    signal,
  });
  const address = me.mail || me.userPrincipalName || '';
  return { displayName: me.displayName || address, address };
}
