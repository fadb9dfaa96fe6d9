//! Who works at the demo company: a dozen people with the tools they use, their GitHub logins
//! and how hard they lean on AI tools, plus the CI pipeline that runs Claude Code with an API key.
//!
//! Names are deliberately varied (diacritics, non-Latin scripts) so the UI is seen handling
//! them; e-mail addresses stay ASCII under the reserved `.example` domain.

/// The demo company's name, used for the workspace and the Copilot organization.
pub const COMPANY: &str = "Northwind Robotics";
/// The GitHub organization slug the Copilot integration reads.
pub const GITHUB_ORG: &str = "northwind-robotics";
/// The Claude Code API key name of the CI pipeline (an `api_actor`, so a service identity).
pub const CI_KEY_NAME: &str = "ci-release-pipeline";

/// The editor a person writes code in (Copilot's `totals_by_ide`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editor {
    VsCode,
    JetBrains,
    Neovim,
}

impl Editor {
    /// The `ide` value GitHub reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Editor::VsCode => "vscode",
            Editor::JetBrains => "intellij",
            Editor::Neovim => "neovim",
        }
    }
}

/// One person of the demo company.
#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub name: &'static str,
    pub email: &'static str,
    /// GitHub login (Copilot reports carry no email).
    pub github_login: &'static str,
    /// GitHub user id: the stable key of Copilot reports.
    pub github_id: i64,
    /// GitHub team (Copilot `user-teams-1-day`; GitHub leaves out teams under 5 seats).
    pub team: &'static str,
    pub claude_code: bool,
    /// Holds a Copilot seat.
    pub copilot_seat: bool,
    /// Holds a seat but never uses it (shows as idle in seat-versus-use).
    pub copilot_idle: bool,
    pub cursor: bool,
    /// How much they use AI tools: 0.5 (light) to 1.6 (heavy).
    pub intensity: f64,
    /// Started this many days before the demo's today; `None`: long before the history.
    pub joined_days_ago: Option<i64>,
    pub editor: Editor,
    /// Main language (Copilot `totals_by_language_feature`).
    pub language: &'static str,
}

const fn member(
    name: &'static str,
    email: &'static str,
    github_login: &'static str,
    github_id: i64,
    team: &'static str,
    tools: (bool, bool, bool),
) -> Member {
    Member {
        name,
        email,
        github_login,
        github_id,
        team,
        claude_code: tools.0,
        copilot_seat: tools.1,
        copilot_idle: false,
        cursor: tools.2,
        intensity: 1.0,
        joined_days_ago: None,
        editor: Editor::VsCode,
        language: "typescript",
    }
}

/// Everyone, in a fixed order (the order seeds their figures).
pub const MEMBERS: [Member; 12] = [
    Member {
        intensity: 1.5,
        language: "rust",
        ..member(
            "Zoë Müller",
            "zoe.muller@northwind.example",
            "zoe-muller",
            58_101_201,
            "platform",
            (true, true, true),
        )
    },
    Member {
        intensity: 1.2,
        editor: Editor::Neovim,
        language: "rust",
        ..member(
            "Łukasz Wróbel",
            "lukasz.wrobel@northwind.example",
            "lwrobel",
            58_101_233,
            "platform",
            (true, true, false),
        )
    },
    Member {
        intensity: 0.9,
        language: "python",
        ..member(
            "Ana Sofía Pérez",
            "ana.perez@northwind.example",
            "anasofia-p",
            58_101_347,
            "platform",
            (true, true, true),
        )
    },
    Member {
        intensity: 1.1,
        editor: Editor::JetBrains,
        language: "kotlin",
        ..member(
            "Søren Kjær",
            "soren.kjaer@northwind.example",
            "soren-kjaer",
            58_101_409,
            "mobile",
            (false, true, true),
        )
    },
    Member {
        intensity: 0.7,
        ..member(
            "Amélie Laurent",
            "amelie.laurent@northwind.example",
            "amelie-laurent",
            58_101_521,
            "mobile",
            (false, true, true),
        )
    },
    Member {
        intensity: 1.3,
        language: "go",
        ..member(
            "田中 博 (Hiroshi Tanaka)",
            "hiroshi.tanaka@northwind.example",
            "htanaka",
            58_101_617,
            "platform",
            (true, true, false),
        )
    },
    Member {
        intensity: 0.8,
        language: "python",
        ..member(
            "Nguyễn Thị Lan",
            "lan.nguyen@northwind.example",
            "lan-nguyen",
            58_101_733,
            "mobile",
            (false, true, true),
        )
    },
    Member {
        intensity: 1.0,
        joined_days_ago: Some(40),
        ..member(
            "Oluwaseun Adéyemí",
            "seun.adeyemi@northwind.example",
            "seun-adeyemi",
            58_101_811,
            "platform",
            (true, false, true),
        )
    },
    Member {
        intensity: 0.6,
        editor: Editor::JetBrains,
        language: "java",
        ..member(
            "José Álvarez",
            "jose.alvarez@northwind.example",
            "jalvarez",
            58_101_907,
            "mobile",
            (false, true, false),
        )
    },
    Member {
        intensity: 1.4,
        ..member(
            "Priya Raghunathan",
            "priya.raghunathan@northwind.example",
            "priya-r",
            58_102_003,
            "platform",
            (true, true, true),
        )
    },
    Member {
        intensity: 0.5,
        language: "go",
        ..member(
            "Дмитрий Волков",
            "dmitri.volkov@northwind.example",
            "dvolkov",
            58_102_111,
            "mobile",
            (false, false, true),
        )
    },
    Member {
        copilot_idle: true,
        editor: Editor::JetBrains,
        ..member(
            "Ingrid Åkesson",
            "ingrid.akesson@northwind.example",
            "ingrid-akesson",
            58_102_229,
            "mobile",
            (false, true, false),
        )
    },
];

/// The members who hold a Copilot seat.
pub fn copilot_seat_holders() -> impl Iterator<Item = (usize, &'static Member)> {
    MEMBERS.iter().enumerate().filter(|(_, m)| m.copilot_seat)
}
