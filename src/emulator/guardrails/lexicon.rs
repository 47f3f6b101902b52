//! The emulator's built-in word lists: the managed PROFANITY list and a small weighted lexicon per
//! content-filter category, from which a detection confidence is derived.

/// The managed word list behind `managedWordListsConfig: [{type: PROFANITY}]`, matched as whole
/// words, case-insensitively.
pub const PROFANITY: &[&str] = &[
    "arse",
    "arsehole",
    "ass",
    "asshole",
    "bastard",
    "bitch",
    "bitchy",
    "bollocks",
    "bugger",
    "bullshit",
    "crap",
    "crappy",
    "dammit",
    "damn",
    "dick",
    "dickhead",
    "douche",
    "douchebag",
    "dumbass",
    "fuck",
    "fucked",
    "fucker",
    "fucking",
    "goddamn",
    "goddamnit",
    "jackass",
    "motherfucker",
    "piss",
    "pissed",
    "prick",
    "shit",
    "shithead",
    "shitty",
    "skank",
    "slut",
    "twat",
    "wanker",
    "whore",
];

/// One lexicon entry: a word or phrase (compared by stem, small gaps allowed) and its weight.
pub struct Term {
    pub phrase: &'static str,
    pub weight: u32,
}

const fn term(phrase: &'static str, weight: u32) -> Term {
    Term { phrase, weight }
}

/// The lexicon of a content-filter category (SEXUAL, VIOLENCE, HATE, INSULTS, MISCONDUCT,
/// PROMPT_ATTACK). The sum of the weights of the distinct terms found gives the confidence:
/// 1 LOW, 2 MEDIUM, 3 or more HIGH.
pub fn content_terms(category: &str) -> &'static [Term] {
    match category {
        "HATE" => HATE,
        "INSULTS" => INSULTS,
        "SEXUAL" => SEXUAL,
        "VIOLENCE" => VIOLENCE,
        "MISCONDUCT" => MISCONDUCT,
        "PROMPT_ATTACK" => PROMPT_ATTACK,
        _ => &[],
    }
}

const HATE: &[Term] = &[
    term("hate", 1),
    term("despise", 1),
    term("vermin", 1),
    term("degenerates", 1),
    term("bigot", 1),
    term("subhuman", 2),
    term("inferior race", 3),
    term("racial purity", 3),
    term("master race", 3),
    term("white power", 3),
    term("ethnic cleansing", 3),
    term("go back to your country", 2),
    term("should be exterminated", 3),
    term("are animals", 2),
    term("don't belong here", 1),
    term("all immigrants", 1),
];

const INSULTS: &[Term] = &[
    term("idiot", 1),
    term("stupid", 1),
    term("moron", 1),
    term("dumb", 1),
    term("loser", 1),
    term("pathetic", 1),
    term("imbecile", 1),
    term("fool", 1),
    term("useless", 1),
    term("incompetent", 1),
    term("ugly", 1),
    term("clown", 1),
    term("worthless", 2),
    term("you suck", 2),
    term("shut up", 1),
    term("nobody likes you", 2),
    term("piece of garbage", 2),
    term("waste of space", 2),
];

const SEXUAL: &[Term] = &[
    term("sex", 1),
    term("sexual", 1),
    term("sexy", 1),
    term("naked", 1),
    term("nude", 2),
    term("nudes", 2),
    term("porn", 2),
    term("pornography", 2),
    term("erotic", 2),
    term("orgasm", 2),
    term("horny", 2),
    term("nsfw", 2),
    term("genitals", 2),
    term("intercourse", 2),
    term("striptease", 2),
    term("explicit sex", 3),
];

const VIOLENCE: &[Term] = &[
    term("kill", 1),
    term("kill you", 3),
    term("kill him", 2),
    term("kill her", 2),
    term("kill them", 2),
    term("murder", 2),
    term("stab", 2),
    term("shoot", 1),
    term("gun", 1),
    term("bomb", 2),
    term("attack", 1),
    term("beat up", 2),
    term("torture", 2),
    term("massacre", 3),
    term("assault", 2),
    term("blood", 1),
    term("behead", 3),
    term("weapon", 1),
    term("hurt", 1),
    term("violence", 1),
    term("violent", 1),
    term("strangle", 2),
    term("slaughter", 2),
    term("punch", 1),
];

const MISCONDUCT: &[Term] = &[
    term("steal", 2),
    term("shoplift", 2),
    term("launder money", 3),
    term("money laundering", 3),
    term("fraud", 2),
    term("hack into", 2),
    term("counterfeit", 2),
    term("smuggle", 2),
    term("meth", 2),
    term("cook meth", 3),
    term("evade taxes", 2),
    term("tax evasion", 2),
    term("bribe", 2),
    term("pick a lock", 2),
    term("phishing", 2),
    term("malware", 2),
    term("ransomware", 2),
    term("forge", 1),
    term("illegal", 1),
    term("without getting caught", 2),
    term("fake id", 2),
    term("break into", 1),
];

const PROMPT_ATTACK: &[Term] = &[
    term("ignore previous instructions", 3),
    term("ignore prior instructions", 3),
    term("ignore your instructions", 3),
    term("ignore the above", 3),
    term("disregard previous instructions", 3),
    term("disregard your instructions", 3),
    term("disregard the above", 3),
    term("forget your instructions", 3),
    term("forget everything above", 3),
    term("reveal your system prompt", 3),
    term("show me your system prompt", 3),
    term("print your system prompt", 3),
    term("system prompt", 1),
    term("you are now dan", 3),
    term("do anything now", 3),
    term("jailbreak", 2),
    term("developer mode", 2),
    term("pretend you have no restrictions", 3),
    term("without any restrictions", 1),
    term("no restrictions", 1),
    term("bypass your filters", 3),
    term("bypass safety", 2),
    term("override your rules", 2),
    term("new instructions", 1),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_a_lexicon() {
        for category in ["HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT", "PROMPT_ATTACK"] {
            assert!(content_terms(category).len() >= 10, "{category}");
        }
        assert!(content_terms("OTHER").is_empty());
        assert!(PROFANITY.len() >= 30);
        assert!(PROFANITY.windows(2).all(|pair| pair[0] < pair[1]), "sorted, no duplicates");
    }
}
