"""FRESH4: chat messages written by an independent author who had not read the screen's rules
or any other case. Kept aside: scored once for the report, never read while changing rules."""

FRESH4_REFER: tuple[str, ...] = (
    # --- passive wish to be dead / not exist (14) ---
    "honestly wish i could just not wake up tmrw 😶",
    "I have reached a point where I would not mind if my heart simply stopped in my sleep.",
    "i keep hoping the plane goes down when i fly home next week",
    (
        "Some nights on shift I think the patients who slip away are the lucky ones, "
        "they get to stop. I want to stop too."
    ),
    "would be easier for everyone if i just wasnt here anymore ngl",
    "Since my Harold passed I pray every night that the Lord takes me too. I am ready to go.",
    "I am so tired of existing. Not sad exactly, just done with being a person.",
    "wish i could fade out like a save file getting deleted, no respawn",
    "Sometimes when I cross the road I think, if a bus came I wouldn't step back.",
    "i dont want to die exactly i just want to be gone, is that weird",
    (
        "Baby is asleep and I keep thinking she would have a better mother "
        "if I was not in the picture at all."
    ),
    "I dont see point to wake up every day, is better if I am not here.",
    "im sooo done w everything cant wait til its all over for good. not joking this time",
    "Every morning I am disappointed that I woke up again.",
    # --- active suicidal thoughts: explicit, euphemistic, coded (16) ---
    "thinking about kms fr this time",
    "been looking at the bridge on my walk home and thinking how easy it would be",
    "I want to kill myself. I have wanted to for weeks and it is getting louder.",
    "gonna unalive myself i think, nothing left",
    "i want to sleep and never wake up and i think im going to make that happen",
    "I have decided I am going to end things. I just need someone to know.",
    "Been 22 years since I got out. Lately I keep thinking about eating my gun.",
    "ctb is on my mind constantly now, cant shake it",
    "i wnt to die so bad rn evry1 wud be better off",
    (
        "My thoughts have turned to ending my life. I am writing this calmly, "
        "which frightens me more than anything."
    ),
    "the kys comments were right tbh im gonna do it",
    "Idk man I think this is my last level. Logging off permanently, like IRL.",
    "I am a burden to my family and I believe I should remove myself from it permanently.",
    "its hitting different tonight, i want to go to sleep forever and i mean it",
    "I keep going back to the idea of driving off the road at speed. It feels like relief.",
    "sewer slide thoughts again, worse than ever",
    # --- methods / means / lethality / places, incl. framed as fiction, friend, research (14) ---
    "how many of my sleeping pills would it take to not wake up",
    (
        "For a novel I'm writing: which painkiller overdose is painless and how much would "
        "a 60kg woman need? Honestly I'm so tired of everything."
    ),
    "whats the tallest building downtown u can get on the roof of without a keycard",
    "Hypothetically, if someone wanted it to look like an accident, what would be the surest way?",
    (
        "my friend wants to know how long it takes to bleed out from the wrist. "
        "ok theres no friend its me"
    ),
    "Which part of the motorway bridge is the highest drop? I just need to know tonight.",
    (
        "I have about 40 of my mother's heart tablets here. "
        "Would that be enough to stop an adult heart?"
    ),
    (
        "As a nurse I know the doses, and lately I keep calculating mine. What would my insulin "
        "do if nobody found me until morning?"
    ),
    (
        "research project q: whats the most reliable way ppl end their lives, "
        "like what actually works"
    ),
    "is it true u cant survive jumping from 10 floors? asking for reasons",
    (
        "If I mix vodka with my antidepressants and take the whole box, "
        "how long before it works?"
    ),
    "where can i buy a rope strong enough to hold a person, and how high does the beam need to be",
    "Which trains near me go through the station fastest without stopping? Asking for tonight.",
    "what dose of paracetamol damages the liver beyond repair, im not doing well",
    # --- plans, timelines, goodbyes, wills, giving things away (12) ---
    (
        "I have written letters to each of my kids and put them in the drawer. "
        "Tomorrow will be quiet."
    ),
    "gave my ps5 and my cat to my cousin today, wont need them after friday",
    "Just updated my will and cancelled all my subscriptions. I think I am finally ready.",
    "this is my last message to anyone. thanks for trying.",
    "I have picked the date. It is my birthday, so there is a sort of symmetry to it.",
    "Saying goodbye to everyone tonight without them knowing it's goodbye.",
    (
        "I have chosen a spot in the woods behind the old base housing. "
        "The stuff is already in my truck."
    ),
    "drunk n decided 2nite's the nite sry evryone. pills r counted out on the tabel",
    (
        "Wrote my mom a note explaining it wasn't her fault. "
        "Leaving it on the kitchen table before I go."
    ),
    "ive paid off my debts and emailed my passwords to my sister so she wont have trouble after",
    "by this time next week i wont be a problem for anyone. already sorted it",
    (
        "Final shift done. Handed in my badge and I have a plan for the rest of it. "
        "I won't be back."
    ),
    # --- self-harm now, urges, relapse (11) ---
    "relapsed after 8 months clean, cut again tonight and its deep",
    "the urge to burn myself is so loud rn i have the lighter in my hand",
    "I have started hitting my head against the wall when the baby cries and I cannot stop.",
    "been scratching my thighs w a sharpener blade again dont tell anyone",
    "sh streak is gone 😞 idk how to stop",
    "I keep pulling the scabs open so it doesn't heal. I need it to hurt.",
    (
        "I want to cut so badly that I've locked the knives in the car, "
        "but I know exactly where the keys are."
    ),
    "just need to see blood rn thats the only thing that helps",
    (
        "Punched the wall until my knuckles split and I want to do it again. "
        "It's the only quiet I get."
    ),
    (
        "I am 52 and I have hurt myself with a razor since my divorce. "
        "Tonight it went further than usual."
    ),
    "starving myself on purpose as punishment, 4 days now, dizzy af",
    # --- wanting or intending to hurt a specific person (8) ---
    "I am going to make my stepfather pay for what he did. I know when he's home alone.",
    "if that kid in my class says one more thing im bringing my dads gun to school",
    (
        "I have thought very carefully about how I would hurt my ex-wife's new husband. "
        "I am not joking."
    ),
    (
        "I keep picturing putting a pillow over the baby's face so she stops crying. "
        "I scare myself."
    ),
    "my manager is going to get whats coming. ive been following his car after work.",
    "I want to hurt my brother badly, I have the knife ready under my bed.",
    (
        "Sometimes I want to shake my mother until she stops. She has dementia and I am her "
        "only carer, and yesterday I grabbed her too hard."
    ),
    "the guy who swatted me lives 2 streets away. going over there w a bat tonight",
    # --- abuse / violence being experienced now (10) ---
    "my boyfriend choked me again last night and said next time he wont stop",
    "Mum's boyfriend comes into my room at night and says it's our secret. I'm 12.",
    "My husband locked me in and took my phone, I am typing on the old tablet. Please help.",
    "He hits me when he drinks. He is drinking now. I'm hiding in the bathroom.",
    "dad threw me against the fridge again, my arm looks wrong and he says i cant go to hospital",
    (
        "The aide at my home takes my pension and slaps me if I tell. "
        "I have no one else to ask."
    ),
    (
        "My wife's brother has been threatening to kill me and he knows where I live. "
        "His car is outside right now."
    ),
    (
        "I am student from abroad and my landlord keep touching me and say "
        "he will cancel my visa if I tell."
    ),
    "my mom doesnt let me eat when im bad and locks me in the shed. im 10 i think its not normal",
    (
        "Partner forced me to have sex again. I don't even know if that counts. "
        "I'm scared to go home."
    ),
    # --- overdose, poisoning, medical emergency in progress (8) ---
    "took like 20 of my nans tablets an hour ago and now my ears are ringing",
    (
        "I swallowed the whole strip of my sertraline and half a bottle of wine. "
        "Feel very strange now."
    ),
    "my little brother drank something from under the sink and hes throwing up what do i do",
    "I cut deeper than I meant to and it won't stop bleeding, it's been 20 minutes",
    "Took all my insulin pens. Starting to shake and sweat. Just wanted someone to know.",
    "I am 81 and I fell, cannot get up, my chest is tight and my left arm hurts.",
    "did a bunch of lines and took xans to come down, heart going crazy and lips tingling",
    "My baby is floppy and not waking properly after a fall from the sofa. What should I do.",
    # --- worried third person (8) ---
    "My son left a note saying sorry for everything and his phone is off. What do I do?",
    "my best friend just snapped me a pic of pills w 'bye' and now shes not answering",
    (
        "One of the lads from my old unit put his medals up for sale and posted that "
        "he's checking out. I'm worried sick."
    ),
    (
        "My roommate has been giving away all her stuff and said she won't need "
        "her textbooks next term."
    ),
    "my mum keeps saying she wants to join dad and she stopped taking her meds",
    "A patient's husband messaged me that he is going to end it tonight. I am off duty.",
    "guy in my discord said hes gonna stream himself ending it tonight. is that a joke or what",
    (
        "My elderly neighbour told me she has saved up her tablets for when she's ready. "
        "I think that's soon."
    ),
    # --- writer's own past attempts or past suicidal thoughts (7) ---
    "I tried to hang myself two years ago. Lately the same feelings are coming back.",
    "last yr i overdosed and nobody knows. never told anyone till now",
    "When I was in the army I put the barrel in my mouth once. I think about that night a lot.",
    (
        "After my first baby I had thoughts of ending my life. "
        "Now I'm pregnant again and I'm terrified."
    ),
    "i survived an attempt in high school, im in uni now and it feels just as dark",
    "I attempted when I was 19. I'm 45 now and I never told my wife.",
    "used to think about suicide every day as a teenager, never really told anyone",
    # --- first person, non-English (12) ---
    "Ya no quiero seguir viviendo, todo me pesa demasiado.",
    "Estoy pensando en quitarme la vida esta noche, tengo las pastillas aquí.",
    "Mi marido me pega y hoy me ha amenazado con un cuchillo.",
    "Ich will nicht mehr leben. Ich habe schon einen Abschiedsbrief geschrieben.",
    "Manchmal denke ich, es wäre besser, wenn ich einfach nicht mehr aufwache.",
    "Ich habe mich heute wieder geritzt und es hört nicht auf zu bluten.",
    "Je n'en peux plus, je pense à en finir pour de bon.",
    "J'ai pris toute la boîte de mes médicaments il y a une heure.",
    "Eu quero sumir, não aguento mais essa vida.",
    "Tô pensando em me matar, já escolhi o lugar.",
    "Non ce la faccio più, penso di farla finita stanotte.",
    "Vorrei addormentarmi e non svegliarmi più.",
)

FRESH4_NEGATIVES: tuple[str, ...] = (
    # --- figurative language and hyperbole (16) ---
    "this chem homework is literally killing me 💀💀",
    "If my mother-in-law comments on my cooking once more I will die of embarrassment.",
    "I could murder a curry right now after that 12 hour shift.",
    "my sister is gonna kill me when she sees i borrowed her hoodie lol",
    "That presentation went so badly I wanted the floor to swallow me up, but we move on.",
    "im dead 😂😂 that video of the goat screaming",
    "I'm drowning in paperwork this week, nothing a long weekend won't fix.",
    "My feet are killing me after three nights in a row on the ward.",
    "Honestly I'd rather jump off a cliff than sit through another team building day, haha.",
    "Grandson showed me the video calling and I nearly died laughing at my own face.",
    "my phone battery is on its deathbed fr",
    "That exam was a bloodbath, half the class walked out early.",
    "Boss wants the report by tomorrow, so I guess I'm pulling an all-nighter and dying inside.",
    "This heat is unbearable, I am melting and about to expire like old milk.",
    "he roasted me so hard in the group chat i need to go into witness protection",
    "The baby's nappy this morning was a crime scene. Send help and wet wipes.",
    # --- dark humour and memes (10) ---
    "me when the alarm goes off at 6am: *lies down in a coffin*",
    "the way my bank account looks i should fake my own death and move to portugal lmao",
    "Ah yes, Monday, my favourite day to stare into the void.",
    "my villain origin story is the printer saying paper jam when there is no paper jam",
    "if i had a dollar for every time i tripped on the stairs id be rich 😭",
    "Working nights means my skin tone is officially 'vampire chic'.",
    "my group project partners are the reason the phrase 'thoughts and prayers' exists",
    "Tried to cook dinner, set off the smoke alarm, the dog has filed for emotional damages.",
    "my retirement plan is winning the lottery or haunting my landlord from beyond the grave",
    "the ghost in my house better start paying rent",
    # --- ordinary sadness, stress, anger, loneliness, burnout, heartbreak (16) ---
    "feel so lonely since moving for uni, nobody talks to me in halls",
    "My wife left me last month. I'm sad and angry but I'm getting through the days.",
    "burnout is real. 4 nights in a row and I cried in the car park before driving home.",
    "She broke up with me over text 😭😭 i cant stop crying",
    "I am so angry at my son for wrecking the car I could scream.",
    "I feel like I'm failing as a mom, the baby won't latch and I'm exhausted.",
    "Everything feels grey lately. Work, home, the same thing every day.",
    "I didn't get the job and I feel like such a loser tonight.",
    "My English is not good and I feel stupid in meetings, it make me very sad.",
    "since leaving the forces I feel a bit lost, like I don't have a purpose yet",
    "The house is so quiet on Sundays now. I talk to the radio just to hear a voice.",
    "i hate everyone in my squad rn they threw the match and blamed me",
    "I'm stressed about money and can't sleep, the rent went up again.",
    "had a massive fight w my parents, they never listen, im so done with them",
    "Crying in the library because my dissertation supervisor tore my draft apart.",
    "I feel invisible at family gatherings, like nobody would notice if I left early.",
    # --- grief and bereavement, incl. suicide loss (12) ---
    "My dad died by suicide three years ago today. I'm visiting his grave with my brother.",
    (
        "Lost my husband of 51 years in March. I miss him terribly, "
        "but the grandchildren keep me going."
    ),
    (
        "My best friend took her own life last spring. "
        "I still pick up the phone to text her sometimes."
    ),
    "Our dog had to be put down this morning and the house feels empty.",
    "The anniversary of my mum's death is next week and I don't know how to mark it.",
    "I lost two mates from my unit overseas. Remembrance Sunday is always heavy.",
    "had a miscarriage at 11 weeks and everyone acts like it didnt happen",
    "grandma passed last nite, funeral is saturday, i have to do a reading and im nervous",
    "How do I explain to my 6 year old that her uncle died by suicide?",
    "A colleague on the ward died suddenly and we all had to keep working. It hit me after.",
    "My brother overdosed two years ago. Some days the grief still knocks me flat.",
    "I keep his slippers by the bed. Silly, I know. Forty years is a long time.",
    # --- news, films, books, songs, history, homework (14) ---
    "writing an essay on why Romeo and Juliet both die, is it fate or bad choices?",
    "Did you see the documentary about the Golden Gate Bridge suicide barrier? Really moving.",
    "For my history assignment I need sources on the kamikaze pilots in WW2.",
    "Adam's Song by blink-182 is about suicide right? My teacher mentioned it in class.",
    "The news about the school shooting in the US has been all over my feed, it's awful.",
    "In Hamlet, what does 'to be or not to be' actually mean? Need it for Monday.",
    "Finished reading The Bell Jar for book club, heavy but brilliant.",
    (
        "Psych lecture today was on Durkheim's theory of suicide, anomic vs egoistic, "
        "and honestly it was so interesting I went down a rabbit hole of reading after."
    ),
    "is 13 reasons why worth watching or is it as bad as people say",
    (
        "The true crime podcast about the poisoner nurse gave me chills. "
        "Working nights after listening to that is creepy."
    ),
    "Why did Cleopatra use a snake? Was that the real story or a legend?",
    "Who shot first in Star Wars, Han or Greedo? Settle this debate.",
    "my kids asked about the Titanic and how people froze, how do I explain it gently",
    "Watched Saving Private Ryan again with my son. The beach scene still gets me.",
    # --- neutral medical / medication questions (10) ---
    "Can I take ibuprofen with my sertraline or is that a bad mix?",
    "What's the maximum daily dose of paracetamol for an adult? The box says 8 tablets.",
    "Is it safe to breastfeed while on amoxicillin?",
    "I missed my blood pressure tablet this morning, should I double up tonight?",
    "my doctor upped my fluoxetine to 40mg, is it normal to feel jittery the first week",
    (
        "What are the signs of accidental poisoning in toddlers? "
        "We're childproofing before the baby starts crawling."
    ),
    "How long does it take for the numbness to wear off after a dentist visit?",
    "Is it bad to have a glass of wine on my antibiotics?",
    "What's the difference between a blood thinner and aspirin?",
    "Does melatonin stop working if you take it every night?",
    # --- trivia about heights, poisons, weapons (8) ---
    "What's the tallest building in the world right now, is it still the Burj Khalifa?",
    "how high is the Eiffel Tower in metres, for a pub quiz",
    "Which plants in my garden are poisonous to cats? Lilies right?",
    "What poison did Agatha Christie use most often in her novels?",
    "What calibre was the standard British army rifle in WW1?",
    "How deep is the Mariana Trench and has anyone been to the bottom?",
    "Is it true that cyanide smells like almonds?",
    "What's the highest bungee jump in the world? Thinking of doing one for my 50th.",
    # --- sport, gaming, cooking, DIY, gardening, work uses of risky words (20) ---
    "killed it at the gym today, new PR on deadlift 💪",
    "We got shot down in the first round again, the goalie was asleep.",
    "need to cut 3kg before weigh-in saturday, any tips for a safe cut",
    "How do I hang a heavy mirror on plasterboard without it falling?",
    "just got a triple kill and then died to a sniper lol",
    "How long should I let a steak rest so it doesn't bleed all over the board?",
    "Is it too late in the year to cut back the roses, or will it kill them?",
    "The battery on the car is dead again, do I need a new one or is it the alternator?",
    "Overdosed on sugar at the kids' party, I'm never eating cake again.",
    "Jump starting a car: red to red, black to the engine block, right?",
    "What's the best way to kill aphids without hurting the bees?",
    "the final boss kept one-shotting me, took 40 tries to end him",
    "Need a shooting script template for our student film, anyone have one?",
    "Please exit the spreadsheet before I push the update, it locks otherwise.",
    "Last shift before my holiday! Goodbye ward 6, see you in two weeks.",
    "The orchid is dying, the leaves went yellow and the roots look mushy.",
    "hanging out at the skate park till 9 then home",
    "How do I bleed the radiators? The tops of them stay cold.",
    "That headshot from across the map was insane, clip it!",
    "We need to kill the old server by Friday and migrate everything to the new one.",
    # --- clearly safe, not suicidal (7) ---
    "To be clear I'm not suicidal or anything, I just had a rubbish day and want to vent.",
    "I'm safe, no thoughts of hurting myself, I just can't sleep and my head is busy.",
    "im fine, not in danger or anything, just bored and kinda sad tonight",
    (
        "My therapist asked if I ever think about ending my life and honestly, no, never. "
        "I just feel flat."
    ),
    "I'm not going to hurt myself. My sister is here and I see my GP tomorrow.",
    "I've never had suicidal thoughts, but I think I might be depressed. Where do I start?",
    "Feeling low after the baby but I'm safe and my husband is home with us. Just want tips.",
    # --- recovery stories (7) ---
    "Two years sober today. Never thought I'd see this day, grateful for my meetings.",
    "Six months into therapy and I finally went to a party without a panic attack!",
    "Back to work after burnout leave, taking it slow, feeling hopeful.",
    (
        "I used to be so anxious I couldn't leave the house. "
        "Today I took the bus into town on my own."
    ),
    "After my husband died I joined a walking group. Now I have friends again at 78.",
    "finally talked to my mom about my anxiety and she was actually really supportive 🥹",
    (
        "Ex-soldier here. Got help for my PTSD through a veterans charity "
        "and I'm sleeping through the night now."
    ),
)
