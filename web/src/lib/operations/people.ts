// Operations of the people page.
import { graphql } from '../graphql';

export const PeopleAdmin = graphql(`
  query PeopleAdmin($workspaceId: ID!, $range: DateRange) {
    persons(workspaceId: $workspaceId) {
      id
      displayName
      email
      actors {
        id
        integrationId
        provider
        kind
        identifier
        displayName
        identityKind
      }
    }
    personLinkSuggestions(workspaceId: $workspaceId) {
      actor {
        id
        provider
        kind
        identifier
        displayName
      }
      person {
        id
        displayName
      }
      explanation
    }
    people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {
      rows {
        subject {
          personId
          label
          actor {
            id
            provider
            kind
            identifier
            displayName
            identityKind
          }
        }
        seats {
          provider
          plan
          lastActiveDay
          idle30Days
        }
      }
      seats {
        assigned
        idle7Days
        idle30Days
      }
    }
  }
`);

export const LinkActor = graphql(`
  mutation LinkActor($actorId: ID!, $personId: ID!) {
    linkActor(actorId: $actorId, personId: $personId) {
      id
      personId
    }
  }
`);

export const UnlinkActor = graphql(`
  mutation UnlinkActor($actorId: ID!) {
    unlinkActor(actorId: $actorId) {
      id
    }
  }
`);

export const SetIdentityKind = graphql(`
  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
    setIdentityKind(actorId: $actorId, kind: $kind) {
      id
      identityKind
    }
  }
`);

export const CreatePerson = graphql(`
  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {
    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {
      id
      displayName
    }
  }
`);

export const MergePeople = graphql(`
  mutation MergePeople($into: ID!, $from: ID!) {
    mergePeople(into: $into, from: $from) {
      id
    }
  }
`);
