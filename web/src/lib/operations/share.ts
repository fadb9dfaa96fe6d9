// Operations of the share dialog: a card's figures are frozen and its PNG drawn when it is
// created; its link is shown once, in `createShareCard`'s answer.
import { graphql } from '../graphql';

export const ShareCards = graphql(`
  query ShareCards($workspaceId: ID!) {
    shareCards(workspaceId: $workspaceId) {
      ...ShareCardRow
    }
  }

  fragment ShareCardRow on ShareCard {
    id
    kind
    title
    figures
    createdAt
    expiresAt
    revokedAt
  }
`);

export const CreateShareCard = graphql(`
  mutation CreateShareCard($input: CreateShareCardInput!) {
    createShareCard(input: $input) {
      card {
        ...ShareCardRow
      }
      url
      imageUrl
      downloadUrl
      linkedinShareUrl
      postText
    }
  }
`);

export const RevokeShareCard = graphql(`
  mutation RevokeShareCard($id: ID!) {
    revokeShareCard(id: $id) {
      ...ShareCardRow
    }
  }
`);
