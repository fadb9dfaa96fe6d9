//! Suggested links between vendor identities and persons, for an admin to confirm in one click.
//!
//! Evidence only, never a link by itself (a login that looks like an email's local part may be
//! someone else's). Two rules:
//! - **Login ↔ email local part:** a GitHub login equals the part before `@` of a person's
//!   email, ignoring case and the separators `.`, `-`, `_` (logins cannot hold dots:
//!   `alice-smith` ↔ `alice.smith@corp.com`).
//! - **Vendor name ↔ person name:** the real name a vendor gives for an identity (Cursor members'
//!   names) equals a person's display name, ignoring case and repeated spaces.
//!
//! An identity is never suggested for the person it is already linked to.

use super::ActorKind;

/// Why a link is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, async_graphql::Enum)]
pub enum LinkReason {
    /// A GitHub login equals the local part of the person's email (ignoring case, `.`, `-`, `_`).
    LoginMatchesEmailLocalPart,
    /// The name the vendor gives for the identity equals the person's display name.
    VendorNameMatchesPersonName,
}

/// What the rules read about an identity.
#[derive(Debug, Clone, Copy)]
pub struct IdentityFacts<'a> {
    /// How the vendor identifies it.
    pub kind: ActorKind,
    /// The email, login or API key name.
    pub identifier: &'a str,
    /// The real name the vendor gives, if any.
    pub display_name: Option<&'a str>,
    /// The person it is linked to now, if any.
    pub person_id: Option<i64>,
}

/// What the rules read about a person.
#[derive(Debug, Clone, Copy)]
pub struct PersonFacts<'a> {
    /// The person's id.
    pub id: i64,
    /// The name shown on the dashboard.
    pub display_name: &'a str,
    /// The person's email, when known.
    pub email: Option<&'a str>,
}

/// Every person `identity` could be linked to, with the reason and a sentence saying it.
pub fn suggest(identity: IdentityFacts<'_>, persons: &[PersonFacts<'_>]) -> Vec<(i64, LinkReason, String)> {
    let mut out = Vec::new();
    for person in persons.iter().filter(|p| identity.person_id != Some(p.id)) {
        if identity.kind == ActorKind::Login
            && let Some(email) = person.email
            && let Some((local, _)) = email.split_once('@')
            && !local.is_empty()
            && squash(local) == squash(identity.identifier)
        {
            out.push((
                person.id,
                LinkReason::LoginMatchesEmailLocalPart,
                format!("login {} matches the part of {email} before @", identity.identifier),
            ));
        } else if let Some(name) = identity.display_name
            && !name.trim().is_empty()
            && words(name) == words(person.display_name)
        {
            out.push((
                person.id,
                LinkReason::VendorNameMatchesPersonName,
                format!("the vendor names {} \"{name}\", like this person", identity.identifier),
            ));
        }
    }
    out
}

/// Lower case without `.`, `-`, `_`.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '.' | '-' | '_')).flat_map(char::to_lowercase).collect()
}

/// Lower case with single spaces.
fn words(text: &str) -> String {
    text.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn login(identifier: &str) -> IdentityFacts<'_> {
        IdentityFacts { kind: ActorKind::Login, identifier, display_name: None, person_id: None }
    }

    #[test]
    fn a_login_matches_an_email_local_part_ignoring_case_and_separators() {
        let persons = [
            PersonFacts { id: 1, display_name: "Alice", email: Some("alice.smith@corp.com") },
            PersonFacts { id: 2, display_name: "Bob", email: Some("bob@corp.com") },
        ];
        let found = suggest(login("Alice-Smith"), &persons);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), (1, LinkReason::LoginMatchesEmailLocalPart));
        assert!(suggest(login("alice"), &persons).is_empty(), "a prefix is not a match");
    }

    #[test]
    fn a_vendor_name_matches_a_person_name_and_never_the_current_person() {
        let persons = [PersonFacts { id: 3, display_name: "Carol  Diaz", email: None }];
        let named = IdentityFacts {
            kind: ActorKind::Email,
            identifier: "cd@corp.com",
            display_name: Some("carol diaz"),
            person_id: None,
        };
        assert_eq!(suggest(named, &persons)[0].1, LinkReason::VendorNameMatchesPersonName);
        assert!(suggest(IdentityFacts { person_id: Some(3), ..named }, &persons).is_empty());
    }
}
