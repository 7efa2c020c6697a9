"""Thirty-third wave, part A: three list pages whose records keep their facts in more than one block, or come in
two card variants — a computational-linguistics paper archive built like the ACL Anthology, a Spanish classifieds
search built like Milanuncios and a South-Asian marketplace search built like Daraz (the Lazada platform) — copied
from their real 2024–25 markup as a logged-out visitor gets it and written before any heuristic was changed for them.

None of the three platforms is copied by a held-out site (compared by the frozen rows' names and start paths). As
elsewhere in the corpus, a site's own links are written root-relative (the test server is the site's host).

* **morphane-anthology** — the Morphane Anthology, an archive of computational-linguistics proceedings built like
  aclanthology.org 2024 (Hugo + Bootstrap 4, minified HTML with unquoted attributes): the event page of CLIM 2024
  split into parts, ``/events/clim-2024.part1/`` then ``.part2/`` and ``.part3/`` ('Previous' / numbers / 'Next'
  in a Bootstrap pagination at the bottom). A 'Volumes' card, then per volume ``div#2024clim-long`` with an 'up'
  link and an h4 heading (pdf (full) / bib (full) badges + the volume link), then per paper a
  ``p.d-sm-flex.align-items-stretch``: ``span.d-block.mr-2.text-nowrap.list-button-row`` of badges (pdf, bib, on
  some software / data / video, and 'abs' toggling the collapse) and ``span.d-block`` with ``strong > a.align-middle``
  (the title) + br + author links separated by '|'. The abstract is in the SIBLING ``div.card.bg-light.mb-2.mb-lg-3
  .collapse.abstract-collapse`` after the p (absent on front matter and some papers). Each volume starts with its
  front matter (the proceedings title, the editors as authors). 24 + 24 + 19 entries. Written down: title, url,
  authors, pdf, abstract (where present).
* **tablonazo** — road bikes ('Bicicletas de carretera') on Tablonazo, a Spanish classifieds site built like
  Milanuncios 2024 (React SSR, ``article.ma-AdCardV2`` cards in ``div.ma-AdList``), ``/bicicletas-de-carretera/``
  then ``?pagina=2`` and ``?pagina=3``. Two card variants: 'Destacado' / 'Top' ads are large cards
  (``ma-AdCardV2--highlighted``) with a photo carousel, the price over the photos in ``div.ma-AdCardV2-photoPrice``
  and a seller block ``div.ma-AdCardV2-sellerInfo`` (name, 'Profesional' / 'Particular'); regular ads are compact
  cards with the price in ``div.ma-AdMultiplePrice`` beside the title and the seller type as a header caption. Prices
  '1.200 €' or 'Consultar'; ``address.ma-AdLocation`` 'Getafe (Madrid)'; ``p.ma-AdCardV2-description``; 'Envío
  disponible' tag on some. Ad slots, an 'Otros usuarios también han visto' carousel (not records), the Didomi
  banner, ``window.__INITIAL_PROPS__``, the SUI pager ('Anterior' / numbers / 'Siguiente'). 22 + 22 + 13 ads.
  Written down: title, url, price, currency, location, description, seller_type, shipping, highlighted.
* **kharidghar** — a search for 'wireless earbuds' on Kharidghar, a Pakistani marketplace built like Daraz (Lazada
  platform) 2024, ``/catalog/?q=wireless+earbuds&_keyori=ss&from=input`` then ``&page=2`` and ``&page=3``:
  ``div[data-qa-locator=product-item]`` grid items with hashed classes (``gridItem--Yd0sa``,
  ``title-wrapper--IaQ0m``, ``price--NVB62`` 'Rs. 1,299', ``priceExtra--ocAYk`` with the struck 'Rs. 2,499' and
  '-48%' on some, ``rateAndLoc--XWchq`` with img stars + '(123)' and the location 'Punjab'), a 'KharidMall' icon or
  a 'Flash Sale' tag on some, sponsored items ('Sponsored', not records), ``window.pageData`` with the list in JSON
  and the ant-design pager (``li.ant-pagination-item`` whose links have no href; the page script turns a click into
  ``&page=N``). 24 + 24 + 15 products. Written down: title, url, price, currency (PKR), original_price, discount,
  rating_count, location, badge.

Run ``uv run python tests/sites/corpus/generate_thirtythird_a.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTYTHIRD_A: dict[str, Callable[[], None]] = {}


def thirtythird_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYTHIRD_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# morphane-anthology: an ACL Anthology-like event page (Hugo + Bootstrap 4), split into parts .part1/ … .part3/.
# ---------------------------------------------------------------------------------------------------

MA_EVENT = "clim-2024"
MA_EVENT_TITLE = "Conference on Language, Inference and Meaning (2024)"
MA_CONF = "9th Conference on Language, Inference and Meaning"
MA_PARTS = 3

#: volume id | volume title suffix | editors | paper count shown in the Volumes card
MA_VOLUMES = [
    ("long", "Volume 1: Long Papers", "Inês Carvalho-Pinto, Rahul Venkataraman, Sofie Lindqvist", 214),
    ("short", "Volume 2: Short Papers", "Tadeusz Grabowski, Mei-Ling Hsu", 88),
    ("demos", "Volume 3: System Demonstrations", "Olumide Adeyemi, Clara Vidal-Roig", 31),
    ("srw", "Volume 4: Student Research Workshop", "Yusuf Demirtaş, Hannah Kowalczyk, Aarav Bhattacharya", 42),
]

#: volume | paper number | title | authors (comma-separated) | extra badges (s software, d data, v video) | abstract ('' none)
MA_ROWS = """
long|1|Calibrated Abstention for Retrieval-Augmented Question Answering|Mireia Soler-Puig, Tomasz Wilk, Anjali Raghunathan|s|Retrieval-augmented generators answer confidently even when the retrieved passages do not support any answer. We train a lightweight abstention head on the generator's hidden states together with a passage-support score, and calibrate it so that the system abstains at a chosen risk level. On four open-domain benchmarks the method halves unsupported answers at a coverage cost of under six points.
long|2|Tokenization Disparities as a Tax on Low-Resource Languages|Kwame Asante-Boateng, Léa Fournier, Dmitri Voronov||We measure how many tokens widely used subword vocabularies need to encode parallel sentences in 212 languages. Speakers of languages written in non-Latin scripts pay up to 4.3 times more per sentence in API costs and lose a comparable share of the context window. We release the parallel measurement set and propose a fairness score for vocabularies.
long|3|Do Multilingual Encoders Share a Syntax Subspace? Evidence from Structural Probes in 41 Languages|Hyejin Park, Matteo Ricciardi|d|Structural probes recover dependency trees from contextual embeddings, but it is unclear whether the recovered structure lives in a shared subspace across languages. We learn a joint probe and show that a rank-64 projection transfers to unseen languages with only a small loss in UUAS, and that the transfer gap tracks typological distance rather than training data size.
long|4|SARC-ES: A Corpus of Sarcasm in Spanish Parliamentary Debates|Beatriz Olmedo, Jorge Llorente-Sanz, Carmen Ruiz Otero|d|We present SARC-ES, 11,400 interventions from the Spanish Congress annotated for sarcasm by three annotators each, with the target of the sarcasm and its rhetorical device. Inter-annotator agreement reaches κ = 0.71. Strong multilingual classifiers still miss most sarcasm that depends on the previous speaker's turn.
long|5|Speculative Decoding with Draft Trees for Long-Form Summarisation|Arjun Mehta-Kulkarni, Oksana Bilyk, Felix Hartmann, Ngozi Eze|sv|Speculative decoding speeds up generation when a small draft model predicts the large model's tokens well, which fails on long, abstractive outputs. We build draft trees conditioned on salient source spans and verify them in one forward pass. On GovReport and BookSum the method is 2.4× faster with unchanged ROUGE and faithfulness scores.
long|6|When Is a Paraphrase Not a Paraphrase? Annotator Disagreement as Signal|Siobhán Gallagher, Rui Tavares||Paraphrase datasets aggregate annotator labels into a single gold label. We collect 25 judgements per pair for 3,000 pairs and find that a third of the pairs split annotators systematically along interpretable lines. Models trained on the label distributions are better calibrated and rank disputed pairs the way humans do.
long|7|Entity Linking for Historical Newspapers with Noisy OCR|Marguerite Delacroix, Henrik Aas, Paolo Benedetti||We adapt a bi-encoder entity linker to nineteenth-century newspapers whose OCR error rate exceeds 15%. Character-aware candidate generation and synthetic noise during training raise linking accuracy by 9.8 points on a new benchmark of French, German and Norwegian articles.
long|8|Learning to Ask Clarifying Questions in Task-Oriented Dialogue from Implicit Feedback|Xinyi Zhou, Benedikt Auer, Priya Nair||Users rarely tell a dialogue system that its question was unnecessary, but they do reveal it by their replies. We mine implicit feedback from 1.2 million logged sessions of a travel assistant and learn when a clarifying question pays off. The policy asks 31% fewer questions while task success stays level.
long|9|Measuring Temporal Drift in Instruction-Tuned Models|Jakub Nowicki, Elif Şahin|d|
long|10|“Is This Sarcasm?”: Pragmatic Cues in Multimodal Memes|Ama Owusu, Lukas Brandstätter, Yuki Tanabe||Sarcasm in memes often arises from the mismatch between image and caption. We annotate 6,000 memes with the pragmatic cue that licenses a sarcastic reading and show that vision-language models rely on lexical cues and ignore the image in most errors. A cue-aware contrastive objective narrows the gap by 7 F1 points.
long|11|Syntactic Priming in Language Models Is Lexically Boosted|Eleanor Whitfield, Sang-woo Lee||We test whether autoregressive language models show the lexical boost known from human syntactic priming: stronger priming when the prime and target share the verb. Across dative and passive alternations and five model families the boost appears reliably and grows with model size, while abstract priming stays roughly constant.
long|12|Retrieval Heads Are Not Enough: Attributing Answers in Long-Context Models|Omar Haddad, Julia Schreiber, Thanh Nguyen, Renata Kowal|s|Recent work identifies attention heads that copy from the context. We show that answers in long-context question answering are often synthesised from several distant passages that no single head attends to. We propose path-based attribution that recovers supporting passages with 0.82 precision, against 0.57 for head-based attribution.
long|13|Cross-Lingual Transfer for Morphological Inflection in Uralic Languages|Aino Mäkelä, Kristjan Tamm, Zsófia Varga||We study inflection for nine Uralic languages with fewer than 500 training examples each. Transfer from a related high-resource language helps most when the paradigms share their case systems, and a phonologically informed copy mechanism removes most errors on consonant gradation.
long|14|Faithfulness Metrics Disagree: A Meta-Evaluation for Dialogue Summaries|Natasha Ivanova, Carlos Mendoza-Ríos, Helen Osei||We collect expert faithfulness judgements for 2,400 summaries of customer-service dialogues and evaluate eleven automatic metrics. Metrics that score well on news summarisation correlate poorly with experts here, mostly because they miss errors of speaker attribution. We release the judgements and a speaker-aware variant of QA-based metrics.
long|15|Constrained Decoding for Legal Citation Generation|Florian Weidmann, Ayesha Siddiqui||Generated legal arguments frequently cite cases that do not exist. We constrain decoding with a trie over a court's citation index and a verifier that checks the cited proposition. Hallucinated citations drop from 17% to under 1% in German appellate briefs, with small losses in fluency.
long|16|Who Gets Misgendered? Auditing Coreference Systems on Non-Binary Pronouns|Rowan Ellis, Kiri Ngata, Sophie Laurent|d|We audit six coreference resolvers on a challenge set of 4,800 sentences using singular they and neopronouns. Resolution accuracy falls by 22 to 41 points against binary pronouns. Data augmentation with templated sentences recovers half of the gap without harming standard benchmarks.
long|17|Efficient Continual Pretraining via Vocabulary Expansion for Indic Languages|Sandeep Rao, Meenakshi Iyer, Dev Patel, Kavya Reddy, Abhinav Sharma|s|Continual pretraining of English-centric models on Indic text is slow because the tokenizer fragments Indic scripts. We add 12,000 script-specific tokens, initialise them from their subword decompositions and train for 8 billion tokens. Downstream scores on IndicXTREME rise by 6.1 points at a third of the compute of full retraining.
long|18|A Discourse-Aware Benchmark for Machine Translation of Fiction|Isabella Conti, Mathieu Roussel, Greta Lindgren||Sentence-level evaluation misses the errors that matter most in literary translation: inconsistent names, lost register and broken coreference across paragraphs. We present a benchmark of 120 chapters in four language pairs with professional reference translations and targeted contrastive tests.
long|19|Pointwise Mutual Information Explains Shortcut Learning in NLI|Daniel Okafor, Yan Li||We show that the hypothesis-only shortcuts exploited by NLI models are well predicted by the pointwise mutual information between words and labels in the training data. Reweighting examples by their PMI-based shortcut score improves out-of-distribution accuracy on HANS and ANLI more than existing debiasing methods.
long|20|Speech Translation for Code-Switched Hindi–English Conversations|Neha Kapoor, Rohan Malhotra, Sunita Deshpande|dv|Code-switched speech is common in Indian call centres but poorly served by cascaded translation systems. We record 140 hours of conversational Hinglish with English translations and train an end-to-end model that outperforms the best cascade by 5.3 BLEU, with the largest gains at switch points.
long|21|Probing the Lexical Semantics of Emoji Across Cultures|Mariana Azevedo, Kenji Watanabe||
long|22|Structured Pruning of Encoder-Decoder Models Without Retraining|Gustav Eriksson, Leila Farahani, Bartosz Kaczmarek|s|We prune attention heads and feed-forward neurons of encoder-decoder models using a Fisher-based importance estimate computed on 512 unlabelled sentences. Without any retraining, 40% of the parameters can be removed from a translation model at a cost of 0.8 BLEU, and inference becomes 1.7 times faster.
long|23|Quantifying Memorisation of Personal Data in Clinical Language Models|Hannah Becker, Ravi Subramanian, Emma Kowalski, Joost van Dijk||Clinical language models are trained on notes that contain personal data. We define an extraction attack that prompts with partial patient context and measure exact and approximate recovery of identifiers. Deduplication and differentially private fine-tuning reduce recovery rates by an order of magnitude.
long|24|Grounded Instruction Following in Simulated Kitchens|Lucía Fernández, Arash Karimi, Chloe Dubois||We introduce a benchmark of 3,600 multi-step cooking instructions paired with simulated kitchen states. Agents must resolve references such as “the smaller pot” against the scene. Current vision-language agents complete 38% of the tasks, and most failures come from tracking objects after they have been moved.
long|25|Beyond Accuracy: Measuring the Stability of Classifier Explanations Across Random Seeds|Patrick O'Connell, Svetlana Morozova||Feature attributions for text classifiers change substantially when only the random seed of fine-tuning changes. Across three tasks and four attribution methods, the top-5 tokens agree in fewer than half of the cases. We argue for reporting explanation stability and propose seed ensembles as a cheap remedy.
long|26|Dialect-Robust Automatic Speech Recognition for Swiss German|Andrea Kälin, Reto Hürlimann, Marco Bianchi|d|
long|27|Modelling Argument Quality with Pairwise Preference Data|Jonas Vogt, Amara Diallo, Wen-Hsuan Lin||We collect pairwise preferences between arguments on the same stance and topic and train a ranking model that outperforms regression on absolute quality scores. The pairwise model transfers better to unseen topics and its errors concentrate on arguments that differ mainly in style.
long|28|Compositional Generalisation in Semantic Parsing Through Span-Level Data Augmentation|Ahmed El-Sayed, Francesca Romano, Ivan Petrov||We recombine aligned spans of training utterances and programs to create new examples that cover unseen combinations. On COGS and SMCalFlow-CS the augmentation improves generalisation to novel structures by 14 and 9 points without changing the model architecture.
long|29|Fair Ranking of Job Advertisements with Gender-Neutral Rewriting|Camille Moreau, Tobias Lindner, Nadia Rahman||Gendered wording in job advertisements affects who applies. We rewrite advertisements with a constrained paraphraser that preserves requirements while removing gender-coded language, and show in an online study with 1,900 participants that application intentions become more balanced.
long|30|Automatic Detection of Euphemisms in Financial Disclosures|Victor Laurent, Mi-rae Choi||Companies describe bad news with euphemisms such as “headwinds” or “rightsizing”. We annotate 9,000 sentences from annual reports and earnings calls and train a detector whose scores predict negative abnormal returns after the disclosure, beyond standard sentiment measures.
long|31|Sign Language Glossing with Pose-Aware Transformers|Maximilian Roth, Aoife Brennan, Kofi Mensah|v|We gloss continuous sign language from pose keypoints rather than video frames, which makes models smaller and less sensitive to signer appearance. A pose-aware transformer with hand-shape tokens reduces word error rate by 3.9 points on two German and Irish sign language corpora.
long|32|How Much Context Do Coreference Models Use?|Stefan Ilić, Mariam Tadesse||We vary the amount of preceding context given to neural coreference models and find that performance saturates after about 600 tokens for most mention types, but pronouns referring to distant entities continue to benefit up to several thousand tokens.
long|33|Evaluating Large Language Models as Annotators for Low-Resource Named Entity Recognition|Fatima Zahra Bennani, Liam Gallagher, Tomás Herrera, Ji-ho Seo|d|We compare annotations produced by prompted large language models with crowd annotations for named entity recognition in eight African and Asian languages. Model annotations are cheaper but systematically miss entity types that are rare in English web text; mixing 20% human annotations closes most of the gap.
short|1|Length Bias in Reward Models Is Mostly Tokenizer Bias|Evelyn Hart, Andrzej Zieliński||Reward models prefer longer responses. We show that most of this preference disappears when length is measured in characters rather than tokens and responses are matched for content, pointing to a tokenizer artefact rather than a preference for detail.
short|2|A Simple Baseline for Cross-Lingual Semantic Textual Similarity|Nuno Ferreira, Dilnoza Karimova||Translating both sentences into English with an off-the-shelf system and scoring them with an English encoder outperforms multilingual encoders on seven of ten language pairs of a semantic similarity benchmark.
short|3|Punctuation Restoration Improves Downstream Parsing of Speech Transcripts|Gregor Hofstetter, Isha Banerjee||
short|4|On the Instability of Few-Shot Prompting for Grammatical Error Correction|Katarzyna Wrona, Thomas Baker||Few-shot prompting for grammatical error correction varies by up to 11 F0.5 points depending on which examples are chosen. Choosing examples by edit type rather than by similarity to the input reduces the variance by half.
short|5|Negation Blindness in Multilingual Sentence Embeddings|Adaeze Okonkwo, Paul Lefèvre|d|Multilingual sentence embeddings assign nearly identical vectors to sentences and their negations in most languages we test. We release a contrastive evaluation set in 14 languages.
short|6|Character-Level Noise as Regularisation for Historical Spelling Normalisation|Ingrid Solberg, Mateo Vargas||Injecting character-level noise during training regularises spelling normalisation models for Early Modern English and Swedish, improving word accuracy by about two points on both.
short|7|Are Perplexity Filters Biased Against Dialects?|Jamal Washington, Anneke de Vries||Perplexity-based filters used to clean pretraining data remove African American English and Scots text at three to five times the rate of standard varieties with the same content.
short|8|Label Smoothing Hurts Calibration Under Domain Shift|Chen Wei, Margarita Popova||
short|9|Emotion Intensity Prediction from Speech Prosody and Text|Lorenzo Galli, Sara Nilsson, Hiroshi Kato||Combining prosodic features with text embeddings improves emotion intensity prediction over either modality alone, particularly for anger and fear, where prosody carries most of the signal.
short|10|Minimal Pairs for Evaluating Tense and Aspect in Slavic Language Models|Vesna Kovačević, Pavel Dvořák||We build minimal pairs for aspectual contrasts in Czech, Polish and Croatian. Models master tense agreement but remain near chance on the aspect of verbs of motion.
short|11|Retrieval Augmentation Helps Less for Questions About Numbers|Aditya Verma, Johanna Koskinen|s|Retrieval augmentation gives large gains on entity questions but small ones on numerical questions, because retrievers rank passages containing the right number no higher than passages with distractor numbers.
short|12|Weak Supervision for Hate Speech Detection in Amharic|Selam Bekele, Yohannes Girma||We combine keyword rules, translated lexicons and a small annotated seed set in a weak supervision framework and obtain an Amharic hate speech classifier within three points of a fully supervised one.
short|13|Do Language Models Know When Their Knowledge Is Outdated?|Gabriel Souza, Mette Rasmussen||We ask models about facts that changed after their training cutoff and find that their expressed confidence does not drop for changed facts, even when they are told the current date.
demos|1|ParaLens: An Interactive Tool for Inspecting Paraphrase Models|Jannik Hoffmann, Rosa Delgado, Minh Tran|sv|ParaLens visualises which parts of an input a paraphrase model keeps, rewrites or drops, aligns outputs across models and lets users probe models with controlled edits. The tool is open source and runs in the browser.
demos|2|Glossary-Aware Machine Translation for Humanitarian Organisations|Khadija Yusuf, Erik Sandberg|s|We present a translation service that enforces terminology from organisation glossaries and flags uncertain segments for review. It has been used to translate 2.3 million words of field reports into six languages.
demos|3|CorpusCraft: Building Annotated Corpora from Chat Logs Without Code|Ludmila Novak, Samuel Adeyinka, Irene Castillo||CorpusCraft imports chat exports, pseudonymises them, and guides annotators through configurable labelling schemes with agreement statistics computed on the fly.
demos|4|A Toolkit for Reproducible Evaluation of Speech Translation|Benoît Girard, Harpreet Kaur|s|
demos|5|TermiNet: Extracting Bilingual Terminology from Comparable Corpora|Olga Sokolova, Diego Marín||TermiNet extracts term candidates from comparable corpora in two languages, aligns them with cross-lingual embeddings and exports the result as a TBX glossary for translators.
demos|6|An Open Platform for Collecting Sign Language Data via Smartphones|Niamh Doyle, Kwabena Owusu, Lena Fischer|v|We describe a smartphone platform through which deaf signers record, review and consent to the use of sign language videos, with pose extraction on the device to protect privacy.
demos|7|EduQG: Generating Curriculum-Aligned Reading Questions|Marta Pereira, Ibrahim Al-Khatib||EduQG generates reading comprehension questions aligned to curriculum objectives and lets teachers edit and rate them; ratings are fed back to rank future questions.
demos|8|DiffDocs: Explaining Changes Between Versions of Legal Texts|Friedrich Bauer, Anouk Janssen, Lucas Moreira|s|DiffDocs aligns two versions of a statute or contract at the provision level and summarises each substantive change in plain language, with links to the affected clauses.
srw|1|Towards Morphological Analysis for Yoruba Verbs|Temitope Adebayo||We describe ongoing work on a finite-state morphological analyser for Yoruba verbs covering tone changes in serial verb constructions, and report coverage on a corpus of news text.
srw|2|Can Small Models Learn to Cite? Distilling Attribution from Large Language Models|Clara Jiménez||We distil answers with citations from a large model into a 1-billion-parameter model and find that citation precision survives distillation only when the student is trained on the cited passages as well.
srw|3|Annotating Hedges in Scientific Peer Reviews|Mohammed Al-Rashid, Sinéad Kelly||
srw|4|Idiom Detection in Turkish Social Media|Zeynep Arslan||We collect 5,000 tweets containing potentially idiomatic expressions and show that contextual models distinguish literal from idiomatic uses well when the idiom is frequent but not for rare ones.
srw|5|Exploring Curriculum Learning for Low-Resource Speech Recognition|Daniel Mwangi, Olivia Brooks||Ordering training utterances by signal-to-noise ratio speeds up convergence of Swahili speech recognition models, but ordering by transcript length does not.
srw|6|Readability Assessment for Portuguese School Texts|Beatriz Amaral||We assemble 1,400 texts from Portuguese school textbooks labelled by grade and compare feature-based and neural readability models.
srw|7|Bias in Automatic Essay Scoring for Second-Language Writers|Yuto Fujimoto, Layla Haddad||Automatic essay scorers assign lower scores to essays by second-language writers than human raters do for the same rubric level, mostly due to spelling.
srw|8|Temporal Relation Extraction in Clinical Notes with Limited Annotation|Anika Schulz||We combine active learning with rule-based silver annotations to extract temporal relations from clinical notes using 20% of the usual annotation budget.
srw|9|Understanding Vowel Harmony Errors in Neural Grapheme-to-Phoneme Models|Batbayar Ganbold, Ruth Levi||
"""


class MAPaper(NamedTuple):
    volume: str
    number: int
    title: str
    authors: list[str]
    extras: str
    abstract: str

    @property
    def anth_id(self) -> str:
        return f"2024.clim-{self.volume}.{self.number}"

    @property
    def url(self) -> str:
        return f"/{self.anth_id}/"

    @property
    def pdf(self) -> str:
        return f"/{self.anth_id}.pdf"

    @property
    def front(self) -> bool:
        return self.number == 0


def _ma_volume_title(volume: str) -> str:
    suffix = next(v[1] for v in MA_VOLUMES if v[0] == volume)
    return f"Proceedings of the {MA_CONF} ({suffix})"


def _ma_papers() -> list[MAPaper]:
    out = []
    seen = set()
    for line in MA_ROWS.strip().splitlines():
        volume, number, title, authors, extras, abstract = line.split("|")
        if volume not in seen:
            seen.add(volume)
            editors = next(v[2] for v in MA_VOLUMES if v[0] == volume)
            out.append(MAPaper(volume, 0, _ma_volume_title(volume), editors.split(", "), "", ""))
        out.append(MAPaper(volume, int(number), title, authors.split(", "), extras, abstract))
    return out


MA_PAPERS = _ma_papers()
MA_EXTRA_BADGES = {
    "s": ("software", "software.zip", "Software"),
    "d": ("data", "data.zip", "Data"),
    "v": ("video", "mp4", "Video"),
}


def _ma_person(name: str) -> str:
    key = slug(name)
    return f"<a href=/people/{key[0]}/{key}/>{esc(name)}</a>"


def _ma_paper(p: MAPaper) -> str:
    quoted = esc(f"'{p.title}'")
    badges = [
        f'<a class="badge badge-primary align-middle mr-1" href=/{p.anth_id}.pdf data-toggle=tooltip data-placement=top title="Open PDF of {quoted}">pdf</a>',
        f'<a class="badge badge-secondary align-middle mr-1" href=/{p.anth_id}.bib data-toggle=tooltip data-placement=top title="Export {quoted} to BibTeX">bib</a>',
    ]
    for key in p.extras:
        label, suffix, tip = MA_EXTRA_BADGES[key]
        badges.append(
            f'<a class="badge badge-attachment align-middle mr-1" href=/{p.anth_id}.{suffix} data-toggle=tooltip data-placement=top title={tip}>{label}</a>'
        )
    dom = p.anth_id.replace(".", "--")
    if p.abstract:
        badges.append(
            f'<a class="badge badge-info align-middle mr-1" href=#abstract-{dom} data-toggle=collapse aria-expanded=false aria-controls=abstract-{p.anth_id} title="Show Abstract">abs</a><br class="d-none d-sm-inline-block">'
        )
    people = "\n|\n".join(_ma_person(a) for a in p.authors)
    entry = (
        f'<p class="d-sm-flex align-items-stretch"><span class="d-block mr-2 text-nowrap list-button-row">{chr(10).join(badges)}</span>'
        f"<span class=d-block><strong><a class=align-middle href=/{p.anth_id}/>{esc(p.title)}</a></strong><br>{people}</span></p>"
    )
    if p.abstract:
        entry += f'\n<div class="card bg-light mb-2 mb-lg-3 collapse abstract-collapse" id=abstract-{dom}><div class="card-body p-3 small">{esc(p.abstract)}</div></div>'
    return entry


def _ma_href(part: int) -> str:
    return f"/events/{MA_EVENT}.part{part}/"


def _ma_volume_block(volume: str, papers: list[MAPaper], continued: bool) -> str:
    vol_id = f"2024.clim-{volume}"
    title = _ma_volume_title(volume)
    quoted = esc(f"'{title}'")
    heading = (
        f'<h4 class="d-sm-flex pb-2 border-bottom"><span class="d-block mr-2 list-button-row">'
        f'<a class="badge badge-primary align-middle mr-1" href=/{vol_id}.pdf data-toggle=tooltip data-placement=top title="Open PDF of {quoted}">pdf&nbsp;(full)</a>\n'
        f'<br class="d-none d-sm-inline-block"><a class="badge badge-secondary align-middle mr-1" href=/volumes/{vol_id}.bib data-toggle=tooltip data-placement=top title="Export {quoted} to BibTeX">bib&nbsp;(full)</a></span>\n'
        f"<a class=align-middle href=/volumes/{vol_id}/>{esc(title)}</a>"
        + ('<small class="text-muted ml-2 align-middle">(continued)</small>' if continued else "")
        + "</h4>"
    )
    body = "\n".join(_ma_paper(p) for p in papers)
    return f'<div id={vol_id.replace(".", "")}><small><a href=# class=text-muted><i class="fas fa-arrow-up"></i> up</a></small>\n{heading}\n{body}\n</div>'


def _ma_pager(part: int) -> str:
    items = []
    if part == 1:
        items.append('<li class="page-item disabled"><span class=page-link>Previous</span></li>')
    else:
        items.append(f"<li class=page-item><a class=page-link href={_ma_href(part - 1)} rel=prev>Previous</a></li>")
    for n in range(1, MA_PARTS + 1):
        if n == part:
            items.append(f'<li class="page-item active" aria-current=page><span class=page-link>{n}</span></li>')
        else:
            items.append(f"<li class=page-item><a class=page-link href={_ma_href(n)}>{n}</a></li>")
    if part == MA_PARTS:
        items.append('<li class="page-item disabled"><span class=page-link>Next</span></li>')
    else:
        items.append(f"<li class=page-item><a class=page-link href={_ma_href(part + 1)} rel=next>Next</a></li>")
    return f'<nav aria-label="Event parts" class="mt-4"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'


def _ma_page(part: int, groups: list[tuple[str, list[MAPaper], bool]], volume_part: dict[str, int]) -> str:
    volumes = "".join(
        f"<li><a class=align-middle href={_ma_href(volume_part[v])}#2024clim-{v}>{esc(_ma_volume_title(v))}</a>\n"
        f'<span class="badge badge-info align-middle ml-1">{count}&nbsp;papers</span></li>'
        for v, _suffix, _editors, count in MA_VOLUMES
    )
    blocks = "\n".join(_ma_volume_block(v, papers, continued) for v, papers, continued in groups)
    return f"""<!doctype html><html lang=en-us><head><meta charset=utf-8><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1,shrink-to-fit=no"><!--[if IEMobile]><meta http-equiv=cleartype content="on"><![endif]--><title>{esc(MA_EVENT_TITLE)} (part {part} of {MA_PARTS}) - Morphane Anthology</title><meta name=generator content="Hugo 0.126.3"><link rel=stylesheet href=/css/main.min.{_hex("ma-css", 64)}.css media=screen><link rel=stylesheet href=https://use.fontawesome.com/releases/v5.7.2/css/all.css integrity=sha384-fnmOCqbTlWIlj8LyTjo7mOUStjsKC4pOpQbqyi7RrhN7udi9RwhKkMHpvLbHG9Sr crossorigin=anonymous><link rel=stylesheet href=/css/academicons.min.css><link rel=canonical href=https://morphane-anthology.org{_ma_href(part)}></head><body><nav class="navbar navbar-expand-sm navbar-light bg-light bg-gradient-light shadow-sm py-0 mb-3 mb-md-4 mb-xl-5"><div id=navbar-container class=container><a class=navbar-brand href=/><img src=/images/morphane-logo.svg width=56 alt="Morphane Logo">
<span class="d-none d-md-inline pl-md-2">Morphane Anthology</span></a>
<button class=navbar-toggler type=button data-toggle=collapse data-target=#navbarSupportedContent aria-controls=navbarSupportedContent aria-expanded=false aria-label="Toggle navigation">
<span class=navbar-toggler-icon></span></button><div class="collapse navbar-collapse" id=navbarSupportedContent><ul class="navbar-nav mr-auto"><li class=nav-item><a class=nav-link href=/>Home
<span class=sr-only>(current)</span></a></li><li class=nav-item><a class=nav-link href=/faq/>FAQ</a></li><li class=nav-item><a class=nav-link href=/info/corrections/>Corrections</a></li><li class=nav-item><a class=nav-link href=/info/contrib/>Submissions</a></li><li class=nav-item><a class=nav-link href=https://github.com/morphane/anthology/><i class="fab fa-github pr-1"></i>Github</a></li></ul><form class="form-inline my-2 my-lg-0" action=/search/? method=get><input id=morphane-search-box class="form-control mr-sm-2" name=q type=search placeholder=Search... aria-label=Search>
<button class="btn btn-outline-primary" type=submit><i class="fas fa-search"></i></button></form></div></div></nav><div id=main-container class=container><section id=main><h2 id=title>{esc(MA_EVENT_TITLE)}</h2><hr><div class="card bg-light mb-2 mb-lg-4"><div class=card-body><h4 class=card-title>Volumes</h4><ul class=list-pl-responsive>{volumes}</ul></div></div><button class="btn btn-sm btn-info d-block mb-3" id=toggle-all-abstracts data-toggle-state=hide disabled><span class=on-toggle-state-hide>Show all abstracts<i class="ml-2 fas fa-angle-double-down"></i></span><span class=on-toggle-state-show>Hide all abstracts<i class="ml-2 fas fa-angle-double-up"></i></span></button>
{blocks}
{_ma_pager(part)}
</section></div><footer class="bg-gradient-light py-2 py-xl-3 mt-3 mt-md-4 mt-xl-5"><div class=container><p class="text-muted small px-1"><span class="float-right mt-2 ml-2"><a rel=license href=http://creativecommons.org/licenses/by/4.0/><img alt="Creative Commons License" style=border-width:0 src=https://i.creativecommons.org/l/by/4.0/88x31.png></a></span>SLIM materials are Copyright ©&nbsp;2016&ndash;2025 SLIM; other materials are copyrighted by their respective copyright holders. Materials published in or after 2016 are licensed on a <a href=https://creativecommons.org/licenses/by/4.0/>Creative Commons Attribution 4.0 International License</a>.</p><p class="text-muted small px-1">The Morphane Anthology is managed and built by the <a href=/info/credits/>Morphane Anthology team</a> of volunteers.</p><p class="text-muted small px-1"><i>Site last built on 11 March 2025 at 01:34 UTC with <a href=https://github.com/morphane/anthology/tree/{_hex("ma-commit", 40)}>commit {_hex("ma-commit", 7)}</a>.</i></p></div></footer><script src=https://code.jquery.com/jquery-3.3.1.slim.min.js integrity=sha384-q8i/X+965DzO0rT7abK41JStQIAqVgRVzpbzo5smXKp4YfRvH+8abtTE1Pi6jizo crossorigin=anonymous></script><script src=https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.14.6/umd/popper.min.js integrity=sha384-wHAiFfRlMFy6i5SRaxvfOCifBUQy1xHdJ/yoi7FRNXMRBu5WHdZYu1hA6ZOblgut crossorigin=anonymous></script><script src=https://stackpath.bootstrapcdn.com/bootstrap/4.2.1/js/bootstrap.min.js integrity=sha384-B0UglyR+jN6CkvvICOB2joaf5I4l3gm9GU6Hc1og6Ls7i6U/mkkaduKaBhlAXv9k crossorigin=anonymous></script><script>$(function(){{$('[data-toggle="tooltip"]').tooltip(),$("#toggle-all-abstracts")&&($("#toggle-all-abstracts").click(function(){{var e=$("#toggle-all-abstracts");e.attr("disabled",!0),"hide"==e.attr("data-toggle-state")?($(".abstract-collapse").collapse("show"),e.attr("data-toggle-state","show")):($(".abstract-collapse").collapse("hide"),e.attr("data-toggle-state","hide")),e.attr("disabled",!1)}}),$("#toggle-all-abstracts").attr("disabled",!1))}})</script></body></html>
"""


def _ma_groups() -> list[list[tuple[str, list[MAPaper], bool]]]:
    """Part 1: the long papers' first 24 entries; part 2: the rest of them and the short papers; part 3: demos and
    the student workshop."""
    by_volume = {v[0]: [p for p in MA_PAPERS if p.volume == v[0]] for v in MA_VOLUMES}
    long = by_volume["long"]
    return [
        [("long", long[:24], False)],
        [("long", long[24:], True), ("short", by_volume["short"], False)],
        [("demos", by_volume["demos"], False), ("srw", by_volume["srw"], False)],
    ]


@thirtythird_a
def build_morphane_anthology() -> None:
    s = Site(
        "morphane-anthology",
        kind="paper archive event page (ACL Anthology 2024: Hugo + Bootstrap 4, minified HTML with unquoted attributes; per volume an h4 heading with pdf (full) / bib (full) badges, per paper a p.d-sm-flex.align-items-stretch of span.list-button-row badges pdf / bib / software / data / video / 'abs' (a collapse toggle) + span.d-block with strong > a.align-middle title, br and author links separated by '|'; the abstract in the SIBLING div.card.abstract-collapse after the p, absent on front matter and some papers; parts .part1/ → .part3/ linked by a Bootstrap pagination 'Next')",
        start=_ma_href(1).lstrip("/"),
        description=f"The event page of CLIM 2024 on the Morphane Anthology, an archive of computational-linguistics proceedings built like aclanthology.org 2024 (Hugo 0.126 + Bootstrap 4, minified: unquoted attributes, no closing optional tags), split into {MA_PARTS} parts {_ma_href(1)} → {_ma_href(2)} → {_ma_href(3)}. The navbar (logo, Home / FAQ / Corrections / Submissions / Github, a search form), h2#title '{MA_EVENT_TITLE}', a 'Volumes' card listing the four volumes with links to the part holding each (#2024clim-long…) and a badge '214 papers', the 'Show all abstracts' button. Per volume div#2024clim-<vol> > small 'up' link + h4.d-sm-flex (span.list-button-row with a.badge 'pdf (full)' / 'bib (full)' + a.align-middle to /volumes/2024.clim-<vol>/; '(continued)' when the volume began on the previous part). Per paper p.d-sm-flex.align-items-stretch > span.d-block.mr-2.text-nowrap.list-button-row (a.badge-primary 'pdf' /2024.clim-long.5.pdf, a.badge-secondary 'bib', a.badge-attachment 'software' / 'data' / 'video' on some, a.badge-info 'abs' with data-toggle=collapse href=#abstract-2024--clim-long--5 when there is an abstract) + span.d-block > strong > a.align-middle (title, /2024.clim-long.5/) + br + a /people/<x>/<slug>/ author links joined by a line '|'. The abstract is the next sibling div.card.bg-light.mb-2.mb-lg-3.collapse.abstract-collapse#abstract-… > div.card-body.p-3.small (hidden by CSS until toggled), absent on each volume's front matter (entry 0: the proceedings title, the editors as authors, pdf + bib only) and on 8 papers. Part 1: Volume 1 (long) front matter + 23 papers; part 2: long papers 24–33 then Volume 2 (short) front matter + 13; part 3: Volume 3 (demos) front matter + 8, Volume 4 (srw) front matter + 9. The pager nav.mt-4 > ul.pagination: 'Previous' (disabled span on part 1), numbers (the current one an active span), 'Next' (rel=next; a disabled span on part 3). The footer (licence, build line) and jQuery / Popper / Bootstrap + the abstract toggle script. 24 + 24 + 19 entries. Written down: title, url, authors (list), pdf, abstract (where present).",
    )
    groups = _ma_groups()
    volume_part = {}
    for part, page in enumerate(groups, 1):
        for volume, _papers, _continued in page:
            volume_part.setdefault(volume, part)
    for part, page in enumerate(groups, 1):
        s.list_page(_ma_href(part).lstrip("/") + "index.html", _ma_page(part, page, volume_part))
    for page in groups:
        for _volume, papers, _continued in page:
            for p in papers:
                s.expect(
                    {
                        "title": p.title,
                        "url": p.url,
                        "authors": p.authors,
                        "pdf": p.pdf,
                        "abstract": p.abstract or None,
                    }
                )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tablonazo: a Milanuncios-like classifieds search (React SSR, article.ma-AdCardV2 in two variants), ?pagina=N.
# ---------------------------------------------------------------------------------------------------

TB_CATEGORY = "/bicicletas-de-carretera/"
TB_PER_PAGE = [22, 22, 13]

#: title | price ('' = Consultar) | location | seller type (P profesional, A particular) | shipping (1) | highlight (T Top, D Destacado) | seller name | posted | previous price | description
TB_ROWS = """
Orbea Orca M30 2022 talla 53 carbono|1.650|Getafe (Madrid)|P|1|T|Ciclos Getafe Sur|Hace 2 horas||Cuadro de carbono OMR, grupo Shimano 105 R7000 11v, ruedas Fulcrum Racing 600. Revisada en taller con garantía de 6 meses. Aceptamos tu bici usada como parte del pago.
Specialized Tarmac SL7 Comp Di2 talla 54|3.900|Sant Cugat del Vallès (Barcelona)|P|1|T|BikeStore Vallès|Hace 5 horas||Grupo Shimano 105 Di2 12v, ruedas Roval C38, potenciómetro no incluido. Unidad de exposición con 300 km. Financiación hasta 24 meses sin intereses.
Bicicleta carretera BH Speedrom aluminio talla M|420|Vitoria-Gasteiz (Álava)|A||||Hace 1 hora||Vendo BH Speedrom de aluminio con horquilla de carbono, grupo Shimano Sora 9v. Está en buen estado, algún roce en la vaina. Cubiertas nuevas. Solo entrega en mano.
Canyon Endurace CF 7 2021 talla S|1.450|Zaragoza (Zaragoza)|A|1|||Hace 3 horas||Canyon Endurace CF 7 con Shimano 105 hidráulico, unos 6.000 km. Mantenimiento al día, cadena y pastillas nuevas. Envío con caja original de Canyon.
Cannondale CAAD13 105 talla 56|1.100|Sevilla (Sevilla)|A||||Hace 4 horas|1.250|Bici muy cuidada, siempre guardada en casa. Grupo 105 mecánico de 11v, frenos de llanta. Regalo pedales Look Keo y portabidones.
Bicicleta de carretera Trek Domane AL 2 talla 52||Madrid (Madrid)|P||D|Ciclos Arganzuela|Hace 6 horas||Trek Domane AL 2 Disc 2023, seminueva y revisada. Precio según talla y accesorios, pregunta sin compromiso. Tenemos tallas 50, 52 y 56.
Giant TCR Advanced 2 talla M carbono|1.300|Valencia (Valencia)|A|1|||Hace 7 horas||Giant TCR Advanced 2 del 2020, cuadro de carbono y grupo 105 R7000. Ruedas Giant P-R2. Algún arañazo sin importancia. Se envía desmontada y bien embalada.
Bici carretera vintage Zeus años 80 talla 57|280|Bilbao (Vizcaya)|A||||Hace 8 horas||Clásica Zeus de acero Reynolds con cambios en el tubo diagonal. Restaurada, funciona perfectamente. Ideal para eroica o colección.
Scott Addict 20 Disc 2022 talla 54|1.890|Alcobendas (Madrid)|P|1|||Hace 9 horas||Scott Addict 20 Disc con Shimano 105 Di2, ruedas Syncros Capital. Revisión completa en nuestro taller. Factura con IVA y garantía de un año.
Bicicleta carretera niño 24 pulgadas Orbea|190|Pamplona (Navarra)|A|1|||Hace 10 horas||Bici de carretera infantil Orbea de 24 pulgadas, para niños de 8 a 11 años. Cambio Shimano Claris. Muy poco uso.
Pinarello Paris 2021 Ultegra talla 53|2.300|Girona (Girona)|A||||Hace 11 horas||Pinarello Paris con Ultegra R8000, ruedas Fulcrum Racing 3. 8.000 km, mantenimiento en taller oficial. Precio negociable lo justo.
BMC Teammachine SLR Three talla 51|2.150|Palma (Baleares)|P|1|D|Mallorca Bike Center|Hace 12 horas||BMC Teammachine SLR Three 2022, Shimano 105 Di2. Ex flota de alquiler de la temporada 2024, revisada y con cubiertas nuevas. Enviamos a península.
Cuadro carbono Ridley Fenix talla S con horquilla|350|Oviedo (Asturias)|A|1|||Hace 13 horas||Vendo solo cuadro y horquilla Ridley Fenix de carbono, con dirección y tija. Sin golpes ni fisuras. Envío con transportista a cargo del comprador.
Bicicleta carretera Decathlon Van Rysel EDR AF 105|780|Murcia (Murcia)|A||||Hace 14 horas||Van Rysel EDR AF con Shimano 105 de 11v, talla L. Comprada en 2022, unos 4.000 km. Incluye luz trasera y bolsa de sillín.
Colnago C64 Dura-Ace talla 52s|4.200|San Sebastián (Guipúzcoa)|A||||Hace 15 horas|4.600|Colnago C64 con Dura-Ace 9100 mecánico y ruedas Campagnolo Bora One 35. Estado impecable, nunca ha competido. Solo venta en mano.
Bici de carretera Merida Scultura 400 talla M|870|Córdoba (Córdoba)|A|1|||Hace 16 horas||Merida Scultura 400 del 2021, Shimano 105, ruedas Merida Comp. Uso de fin de semana, perfecto estado.
Cervélo Caledonia 105 2023 talla 54||Barcelona (Barcelona)|P|1||Cicles Poblenou|Hace 17 horas||Cervélo Caledonia 105 Di2 a estrenar, última unidad en talla 54. Llámanos para precio y disponibilidad.
Bicicleta carretera Mendiz F8 aluminio talla 54|360|Logroño (La Rioja)|A||||Hace 18 horas||Mendiz F8 de aluminio, grupo Shimano Tiagra. Buen estado general, bielas algo rozadas. Regalo casco talla M.
Lapierre Xelius SL 5.0 talla M 2021|1.750|Granada (Granada)|A|1|||Hace 19 horas||Lapierre Xelius SL con Ultegra R8000 y ruedas Mavic Ksyrium Elite. Unos 9.000 km, siempre con mantenimiento. Envío asegurado.
Wilier Cento10 NDR Ultegra Di2 talla L|2.990|Castellón de la Plana (Castellón)|P||T|Bicis Castelló|Hace 20 horas||Wilier Cento10 NDR con Ultegra Di2 y ruedas Wilier SLR38. Bicicleta de demo de nuestra tienda, perfecta. Posibilidad de cambio por bici de gama inferior.
Bicicleta carretera Conor WRC talla 51 mujer|320|Valladolid (Valladolid)|A|1|||Hace 21 horas||Conor WRC de aluminio en talla 51, ideal para mujer de 1,60 a 1,68 m. Grupo Shimano Sora. Se envía en caja de cartón.
Fuji Transonic 2.5 Ultegra talla 54|1.150|Salamanca (Salamanca)|A||||Hace 22 horas||Fuji Transonic 2.5 aero, grupo Ultegra 6800. Ruedas Oval 524. Vendo por cambio a gravel.
Bianchi Oltre XR3 105 Disc talla 55|1.950|Málaga (Málaga)|A|1|D||Hace 1 día||Bianchi Oltre XR3 Disc celeste, 105 hidráulico, 3.500 km. Como nueva, con factura. Regalo portabicis y herramientas.
Bicicleta carretera Orbea Avant H30 talla 55|720|Leganés (Madrid)|A||||Hace 1 día||Orbea Avant H30 de aluminio, Shimano 105 de 11v. Perfecta para empezar en carretera, muy cómoda. Guardabarros incluidos.
Look 785 Huez RS talla M|1.600|Huesca (Huesca)|A|1|||Hace 1 día||Look 785 Huez RS con Ultegra R8000 y ruedas Shimano C40. Pesa 7,1 kg con pedales. Envío con MRW bien embalada.
Bici de carretera Massi Team Aero talla L|530|Ciudad Real (Ciudad Real)|A||||Hace 1 día||Massi Team Aero carbono con grupo 105 5800. Ruedas Massi Team. Algún arañazo de uso, mecánicamente perfecta.
Ridley Noah Disc Ultegra talla S||Valencia (Valencia)|P|1||Valencia Cycling Store|Hace 1 día||Ridley Noah Disc con Ultegra, ruedas DT Swiss. Bicicleta de ocasión revisada en nuestro taller. Consultar precio y tallas disponibles.
Bicicleta carretera Berria Belador 4 talla M|1.200|Albacete (Albacete)|A|1|T|Javier M.|Hace 1 día||Berria Belador 4 de 2021 con Shimano 105 y ruedas Fulcrum Racing 5. Unos 5.000 km, siempre en garaje. Envío a toda España con Seur.
Bici carretera Btwin Triban RC 520 talla M|560|Alicante (Alicante)|A|1|||Hace 2 días|620|Triban RC 520 con frenos de disco mecánicos TRP y grupo 105. Ideal cicloturismo, con puntos de anclaje para portabultos.
Specialized Allez Sport talla 52|480|Cádiz (Cádiz)|A||||Hace 2 días||Specialized Allez Sport con Shimano Sora. Cubiertas nuevas y cinta de manillar nueva. Entrego en mano en Cádiz o alrededores.
Cube Attain GTC Race talla 53|1.090|Terrassa (Barcelona)|P|1|||Hace 2 días||Cube Attain GTC Race de carbono con 105 hidráulico, revisada. 6 meses de garantía en cuadro y componentes. Tienda física en Terrassa.
Bicicleta carretera Giant Contend 3 talla S||Torrejón de Ardoz (Madrid)|A||||Hace 2 días||Giant Contend 3, muy poco uso. Hago precio a quien venga a verla. Preferible contacto por chat.
Focus Izalco Max 9.7 talla 54 Ultegra Di2|2.750|Santander (Cantabria)|A|1|D||Hace 2 días||Focus Izalco Max con Ultegra Di2 de 11v y ruedas DT Swiss ERC 1400. Unos 7.000 km, sin caídas. Envío en caja de bicicleta.
Bicicleta carretera acero Columbus hecha a medida|1.050|Gijón (Asturias)|A||||Hace 2 días||Cuadro artesanal en acero Columbus Spirit, talla equivalente a 55. Montaje Campagnolo Potenza 11v. Pieza única.
Orbea Gain M20 eléctrica carretera talla M|2.400|Burgos (Burgos)|A|1|||Hace 3 días||Orbea Gain M20 con motor Mahle ebikemotion X35, batería en buen estado (unos 2.500 km). Cargador incluido. Envío posible.
Bici de carretera Coluer Invictus talla 52|390|Tarragona (Tarragona)|A||||Hace 3 días||Coluer Invictus aluminio con Shimano Claris, buen estado. Ideal para iniciarse. Casco y culotte de regalo.
Canyon Ultimate CF SL 8 Disc talla XS|2.100|Madrid (Madrid)|A|1|||Hace 3 días|2.300|Canyon Ultimate CF SL 8 con Ultegra mecánico y ruedas DT Swiss P1800. 4.000 km, impecable. Envío con la caja original.
Bicicleta carretera Mmr Adrenaline talla M|640|Ponferrada (León)|A||||Hace 3 días||MMR Adrenaline con 105, ruedas Shimano RS100. Mantenimiento en tienda, última revisión en febrero.
Trek Émonda SL 6 Ultegra talla 54|2.450|Las Rozas de Madrid (Madrid)|P|1|T|Pedalea Las Rozas|Hace 3 días||Trek Émonda SL 6 Disc con Ultegra y ruedas Bontrager Aeolus Elite 35. Bicicleta de segunda mano certificada, con revisión de 40 puntos y garantía.
Bicicleta carretera Megamo R10 talla L||Jaén (Jaén)|A|1|||Hace 4 días||Megamo R10 en buen estado. Escucho ofertas razonables. Se puede enviar.
Bici carretera Kuota Kharma Evo talla M|780|Badajoz (Badajoz)|A||||Hace 4 días||Kuota Kharma Evo de carbono con grupo mixto 105 / Ultegra. Ruedas Vision Team 30. Funciona perfecta.
Bicicleta carretera Cannondale Synapse 2 talla 54||Sabadell (Barcelona)|P||D|Bicis Sabadell|Hace 4 días||Cannondale Synapse Carbon 2 RL con Ultegra Di2. Bicicleta en depósito, precio a consultar según accesorios.
Bici de carretera Boardman SLR 8.9 talla M|890|A Coruña (A Coruña)|A|1|||Hace 4 días||Boardman SLR 8.9 de carbono con Shimano 105, muy ligera. Envío en caja con protección.
Bicicleta carretera BH G7 Pro talla L|650|Lleida (Lleida)|A||||Hace 5 días||BH G7 Pro de carbono, grupo Shimano Tiagra 10v. Desgaste normal de uso. Cadena y casete cambiados hace 500 km.
Storck Aernario Comp talla 55|1.380|Elche (Alicante)|A|1|||Hace 5 días||Storck Aernario con Ultegra 6800 y ruedas Mavic Cosmic Elite. Cuadro alemán de gran rigidez, en perfecto estado.
Bicicleta de carretera Felt FR30 talla 54|850|Vigo (Pontevedra)|A||||Hace 5 días||Felt FR30 con grupo 105, ruedas Felt. Bici muy equilibrada, la vendo por falta de uso.
Bici carretera Orbea Orca M20 Team talla 51|1.990|Majadahonda (Madrid)|P|1|D|Ciclos Majadahonda|Hace 6 días||Orbea Orca M20 Team con Ultegra hidráulico y ruedas Oquo. Seminueva, revisada y con garantía de tienda. Envío a domicilio.
Bicicleta carretera Kross Vento 2.0 talla M|330|Toledo (Toledo)|A||||Hace 6 días||Kross Vento 2.0 de aluminio, Shimano Claris 8v. Ideal para empezar, cambios ajustados recientemente.
Bicicleta carretera De Rosa Idol Campagnolo talla 52|1.850|Castelldefels (Barcelona)|A|1|||Hace 1 semana||De Rosa Idol con Campagnolo Chorus 11v y ruedas Campagnolo Zonda. Una preciosidad italiana, siempre cuidada.
Bici carretera Bh Ultralight 7.5 talla S|2.600|Bilbao (Vizcaya)|A|1|T|Aitor G.|Hace 1 semana||BH Ultralight 7.5 con Shimano Ultegra Di2 y ruedas Evo Carbon. 6,8 kg en báscula. Envío en caja de BH.
Bicicleta carretera aluminio Monty R8 talla M|230|Mataró (Barcelona)|A||||Hace 1 semana||Monty R8 antigua de aluminio, Shimano 2300. Funciona bien, ideal para rodillo o para moverse por ciudad.
Scott Speedster 40 talla 54|590|Teruel (Teruel)|A|1|||Hace 1 semana||Scott Speedster 40 con Shimano Claris, frenos de disco mecánicos. Muy buen estado. Envío con Correos Express.
Bicicleta carretera Rose Reveal Four Disc talla 57|1.750|Madrid (Madrid)|A||D||Hace 1 semana||Rose Reveal Four Disc con Ultegra Di2 y ruedas Rose. 6.000 km, siempre revisada. Incluye potenciómetro Favero Assioma Duo.
Bici carretera Ghost Nivolet talla L||Cáceres (Cáceres)|A||||Hace 1 semana||Ghost Nivolet de aluminio con grupo Tiagra. Pregunta por chat. No hago envíos.
Argon 18 Gallium Pro talla M|2.200|Benidorm (Alicante)|A|1|||Hace 2 semanas|2.500|Argon 18 Gallium Pro con Dura-Ace 9000 y ruedas Reynolds. Cuadro de 790 g. Enviaría con embalaje profesional.
Bicicleta carretera Eddy Merckx EMX-3 talla 55|1.150|Mérida (Badajoz)|A||||Hace 2 semanas||Eddy Merckx EMX-3 con Campagnolo Athena 11v. Bici de coleccionista, muy bien conservada.
Bicicleta carretera Bianchi Via Nirone 7 talla 53|620|Guadalajara (Guadalajara)|A|1|||Hace 2 semanas||Bianchi Via Nirone 7 con Shimano Sora, color celeste. Poco uso, guardada en interior.
"""


class TBAd(NamedTuple):
    title: str
    price: str
    location: str
    pro: bool
    shipping: bool
    highlight: str
    seller: str
    posted: str
    previous: str
    description: str

    @property
    def ad_id(self) -> int:
        return 500000000 + _num(self.title, 8)

    @property
    def url(self) -> str:
        return f"{TB_CATEGORY}{slug(self.title)}-{self.ad_id}.htm"

    @property
    def seller_type(self) -> str:
        return "Profesional" if self.pro else "Particular"

    @property
    def label(self) -> str:
        return {"T": "Top", "D": "Destacado"}.get(self.highlight, "")


def _tb_ads() -> list[TBAd]:
    out = []
    for line in TB_ROWS.strip().splitlines():
        title, price, location, kind, ship, highlight, seller, posted, previous, description = line.split("|")
        out.append(
            TBAd(title, price, location, kind == "P", ship == "1", highlight, seller, posted, previous, description)
        )
    return out


TB_ADS = _tb_ads()

TB_ICON_LOCATION = '<svg class="ma-AdLocation-icon" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z"/></svg>'
TB_ICON_HEART = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 21s-7.5-4.6-9.6-9.1C.9 8.6 3 5 6.5 5c2 0 3.5 1.1 4.5 2.6C12 6.1 13.5 5 15.5 5 19 5 21.1 8.6 19.6 11.9 17.5 16.4 12 21 12 21Z"/></svg>'
TB_ICON_TRUCK = '<svg class="ma-AdTag-icon" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 6h11v9H3zM14 9h4l3 3v3h-7z"/><circle cx="7" cy="17" r="2"/><circle cx="17" cy="17" r="2"/></svg>'


def _tb_img(ad: TBAd, n: int, size: str = "w=300") -> str:
    return f"https://images.tablonazo.com/fg/{_num(ad.title, 4)}/{str(ad.ad_id)[:2]}/{ad.ad_id}_{n}.jpg?VersionId={_hex(ad.title + str(n), 12)}&{size}"


def _tb_price(ad: TBAd, variant: str) -> str:
    if not ad.price:
        return f'<span class="ma-AdPrice-value ma-AdPrice-value--consult ma-AdPrice-value--{variant}">Consultar</span>'
    if ad.previous:
        return (
            f'<span class="ma-AdPrice-iteration"><span class="ma-AdPrice-iterationPreviousValue">{ad.previous} €</span>'
            f'<span class="ma-AdPrice-iterationNewValue ma-AdPrice-value ma-AdPrice-value--{variant}">{ad.price} €</span></span>'
        )
    return f'<span class="ma-AdPrice-value ma-AdPrice-value--default ma-AdPrice-value--{variant}">{ad.price} €</span>'


def _tb_location(ad: TBAd) -> str:
    return f'<address class="ma-AdLocation ma-AdLocation--isCardListingLocation">{TB_ICON_LOCATION}<span class="ma-AdLocation-text ma-AdLocation-text--isCardListingLocation">{esc(ad.location)}</span></address>'


def _tb_tags(ad: TBAd) -> str:
    if not ad.shipping:
        return ""
    return f'<ul class="ma-AdTagList"><li class="ma-AdTagList-item"><span class="ma-AdTag ma-AdTag--shipping">{TB_ICON_TRUCK}<span class="ma-AdTag-label" title="Envío disponible">Envío disponible</span></span></li></ul>'


def _tb_title(ad: TBAd) -> str:
    return (
        f'<div class="ma-AdCardListingV2-TitleRow"><a class="ma-AdCardListingV2-TitleLink" href="{ad.url}" title="{esc(ad.title)}">'
        f'<h2 class="ma-SharedText ma-AdCardV2-title ma-SharedText--m ma-SharedText--Black ma-SharedText--numLines">{esc(ad.title)}</h2></a>'
        f'<button class="ma-AdCardV2-favoriteButton sui-AtomButton sui-AtomButton--tertiary" type="button" aria-label="Guardar como favorito">{TB_ICON_HEART}</button></div>'
    )


def _tb_actions(ad: TBAd) -> str:
    call = (
        '<button class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline sui-AtomButton--small" type="button" data-testid="AD_CARD_CALL_BUTTON"><span class="sui-AtomButton-inner"><span class="sui-AtomButton-content">Llamar</span></span></button>'
        if ad.pro
        else ""
    )
    return f'<div class="ma-AdCardV2-actions"><button class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid sui-AtomButton--small" type="button" data-testid="AD_CARD_CHAT_BUTTON"><span class="sui-AtomButton-inner"><span class="sui-AtomButton-content">Chat</span></span></button>{call}</div>'


def _tb_compact(ad: TBAd) -> str:
    return f"""
<article class="ma-AdCardV2 ma-AdCardV2--listingType" data-testid="AD_CARD" data-adid="{ad.ad_id}">
<div class="ma-AdCardV2-row ma-AdCardV2-row--small ma-AdCardV2-row--wrap"><div class="ma-AdCardV2-headerListing"><span class="ma-AdCardV2-headerListing-caption ma-AdCardV2-headerListing-caption--{"professional" if ad.pro else "private"}">{ad.seller_type}</span><p class="ma-AdCardV2-time">{esc(ad.posted)}</p></div></div>
<div class="ma-AdCardV2-row">
<div class="ma-AdCardV2-photoContainer"><a class="ma-AdCardV2-link" href="{ad.url}" tabindex="-1" aria-hidden="true"><figure class="ma-AdCardV2-photo"><img class="ma-AdCardV2-image" src="{_tb_img(ad, 1)}" alt="{esc(ad.title)}" loading="lazy" width="160" height="120"></figure></a><span class="ma-AdCardV2-photoCounter">1/{2 + _num(ad.title, 1) % 6}</span></div>
<div class="ma-AdCardV2-mainContent">
{_tb_title(ad)}
<div class="ma-AdCardV2-priceAndLocation"><div class="ma-AdMultiplePrice"><div class="ma-AdMultiplePrice-priceBlock"><span class="ma-AdPrice">{_tb_price(ad, "heading--m")}</span></div></div>
{_tb_location(ad)}</div>
<p class="ma-AdCardV2-description">{esc(ad.description)}</p>
{_tb_tags(ad)}
{_tb_actions(ad)}
</div>
</div>
</article>"""


def _tb_large(ad: TBAd) -> str:
    photos = 4 + _num(ad.title, 1) % 5
    slides = "".join(
        f'<li class="sui-MoleculeCarousel-slide{" is-active" if n == 1 else ""}"><img class="ma-AdCardV2-image" src="{_tb_img(ad, n, "w=640")}" alt="{esc(ad.title)} - foto {n}" loading="{"eager" if n == 1 else "lazy"}" width="320" height="240"></li>'
        for n in range(1, photos + 1)
    )
    seller = ad.seller or ("Vendedor profesional" if ad.pro else "Usuario")
    avatar = "".join(w[0] for w in seller.split()[:2]).upper()
    shop = (
        f'<a class="ma-AdCardV2-sellerInfo-link" href="/tienda/{slug(seller)}-{_num(seller, 6)}/">Ver tienda</a>'
        if ad.pro
        else f'<a class="ma-AdCardV2-sellerInfo-link" href="/usuario/{_num(seller, 7)}/">Ver más anuncios</a>'
    )
    return f"""
<article class="ma-AdCardV2 ma-AdCardV2--listingType ma-AdCardV2--highlighted ma-AdCardV2--large" data-testid="AD_CARD" data-adid="{ad.ad_id}">
<div class="ma-AdCardV2-row ma-AdCardV2-row--small ma-AdCardV2-row--wrap"><div class="ma-AdCardV2-headerListing"><span class="ma-AdCardV2-headerListing-caption ma-AdCardV2-headerListing-caption--highlighted ma-AdCardV2-headerListing-caption--{"top" if ad.highlight == "T" else "featured"}">{ad.label}</span><p class="ma-AdCardV2-time">{esc(ad.posted)}</p></div></div>
<div class="ma-AdCardV2-row ma-AdCardV2-row--photos">
<div class="ma-AdCardV2-carousel"><div class="sui-MoleculeCarousel" aria-roledescription="carrusel"><a class="ma-AdCardV2-link" href="{ad.url}" tabindex="-1" aria-hidden="true"><ul class="sui-MoleculeCarousel-track">{slides}</ul></a>
<button class="sui-MoleculeCarousel-arrow sui-MoleculeCarousel-arrow--prev" type="button" aria-label="Foto anterior"></button><button class="sui-MoleculeCarousel-arrow sui-MoleculeCarousel-arrow--next" type="button" aria-label="Foto siguiente"></button>
<span class="ma-AdCardV2-photoCounter">1/{photos}</span></div>
<div class="ma-AdCardV2-photoPrice"><div class="ma-AdPrice ma-AdPrice--highlighted">{_tb_price(ad, "highlighted")}</div></div></div>
</div>
<div class="ma-AdCardV2-row">
<div class="ma-AdCardV2-mainContent">
{_tb_title(ad)}
{_tb_location(ad)}
<p class="ma-AdCardV2-description ma-AdCardV2-description--large">{esc(ad.description)}</p>
{_tb_tags(ad)}
</div>
</div>
<div class="ma-AdCardV2-row ma-AdCardV2-row--footer">
<div class="ma-AdCardV2-sellerInfo"><span class="ma-AdCardV2-sellerInfo-avatar" aria-hidden="true">{esc(avatar)}</span><div class="ma-AdCardV2-sellerInfo-text"><p class="ma-AdCardV2-sellerInfo-name">{esc(seller)}</p><p class="ma-AdCardV2-sellerInfo-type">{ad.seller_type}</p></div>{shop}</div>
{_tb_actions(ad)}
</div>
</article>"""


TB_CAROUSEL = [
    ("Rodillo Elite Suito-T con casete", "450", "Madrid (Madrid)"),
    ("Ruedas carbono Zipp 303 Firecrest disco", "890", "Valencia (Valencia)"),
    ("Bicicleta gravel Orbea Terra H40 talla M", "1.050", "Zaragoza (Zaragoza)"),
    ("Casco Specialized Evade 3 talla M", "95", "Sevilla (Sevilla)"),
    ("Potenciómetro Favero Assioma Duo", "480", "Barcelona (Barcelona)"),
]


def _tb_carousel() -> str:
    items = "".join(
        f'<li class="ma-ContentListingCarousel-item"><div class="ma-AdCardCarousel"><a class="ma-AdCardCarousel-link" href="/{"rodillos" if "Rodillo" in t else "accesorios-de-ciclismo"}/{slug(t)}-{500000000 + _num(t, 8)}.htm"><img src="https://images.tablonazo.com/fg/{_num(t, 4)}/carousel.jpg?w=200" alt="" loading="lazy" width="150" height="112"><p class="ma-AdCardCarousel-title">{esc(t)}</p><p class="ma-AdCardCarousel-price">{p} €</p><p class="ma-AdCardCarousel-location">{esc(loc)}</p></a></div></li>'
        for t, p, loc in TB_CAROUSEL
    )
    return f'<section class="ma-ContentListingCarousel" aria-labelledby="carousel-title"><h3 class="ma-ContentListingCarousel-title" id="carousel-title">Otros usuarios también han visto</h3><ul class="ma-ContentListingCarousel-list">{items}</ul></section>'


def _tb_adslot(n: int) -> str:
    return f'<div class="ma-ContentListing-advertising ma-ContentListing-advertising--inline"><span class="ma-ContentListing-advertisingLabel">Publicidad</span><div id="ad-inline-{n}" class="ma-AdvertisingSlot" data-ad-slot="listing-inline-{n}" style="min-height:250px"></div></div>'


def _tb_href(number: int) -> str:
    return TB_CATEGORY if number == 1 else f"{TB_CATEGORY}?pagina={number}"


TB_ARROW_L = '<svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 5l-7 7 7 7"/></svg>'
TB_ARROW_R = '<svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 5l7 7-7 7"/></svg>'


def _tb_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--tertiary sui-AtomButton--small" href="{_tb_href(number - 1)}" rel="prev"><span class="sui-AtomButton-inner"><span class="sui-AtomButton-leftIcon">{TB_ARROW_L}</span><span class="sui-AtomButton-content">Anterior</span></span></a></li>'
        )
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid sui-AtomButton--small" href="{_tb_href(n)}" aria-current="page"><span class="sui-AtomButton-inner"><span class="sui-AtomButton-content">{n}</span></span></a></li>'
            )
        else:
            items.append(
                f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--tertiary sui-AtomButton--small" href="{_tb_href(n)}"><span class="sui-AtomButton-inner"><span class="sui-AtomButton-content">{n}</span></span></a></li>'
            )
    if number < total:
        items.append(
            f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--tertiary sui-AtomButton--small" href="{_tb_href(number + 1)}" rel="next"><span class="sui-AtomButton-inner"><span class="sui-AtomButton-content">Siguiente</span><span class="sui-AtomButton-rightIcon">{TB_ARROW_R}</span></span></a></li>'
        )
    return f'<div class="ma-ContentListing-pagination"><nav class="sui-MoleculePagination" aria-label="Paginación"><ul class="sui-MoleculePagination-list">{"".join(items)}</ul></nav></div>'


def _tb_props(number: int, total: int, ads: list[TBAd]) -> str:
    data = {
        "adListPagination": {
            "pagination": {"currentPage": number, "totalPages": total, "totalAds": len(TB_ADS), "pageSize": 22},
            "adList": {
                "ads": [
                    {
                        "id": str(a.ad_id),
                        "title": a.title,
                        "description": a.description,
                        "url": a.url,
                        "price": {"cashPrice": {"value": int(a.price.replace(".", "")), "currency": "EUR"}}
                        if a.price
                        else None,
                        "location": {
                            "city": {"name": a.location.split(" (")[0]},
                            "province": {"name": a.location.split(" (")[1].rstrip(")")},
                        },
                        "sellerType": "professional" if a.pro else "private",
                        "shippingAvailable": a.shipping,
                        "highlighted": {"T": "top", "D": "featured"}.get(a.highlight),
                        "images": [_tb_img(a, 1)],
                    }
                    for a in ads
                ]
            },
        },
        "searchParams": {
            "category": 2045,
            "categorySlug": "bicicletas-de-carretera",
            "pagina": number,
            "orden": "relevance",
        },
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return raw.replace("\\", "\\\\").replace('"', '\\"').replace("</", "<\\/")


def _tb_page(number: int, total: int, ads: list[TBAd]) -> str:
    parts = []
    for i, ad in enumerate(ads):
        parts.append(_tb_large(ad) if ad.highlight else _tb_compact(ad))
        if i == 4:
            parts.append(_tb_adslot(1))
        elif i == 11 and number == 1:
            parts.append(_tb_carousel())
        elif i == 15:
            parts.append(_tb_adslot(2))
    cards = "".join(parts)
    first = sum(TB_PER_PAGE[: number - 1]) + 1
    last = first + len(ads) - 1
    title = "Bicicletas de carretera de segunda mano" + ("" if number == 1 else f" - Página {number}")
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Tablonazo</title>
<meta name="description" content="{len(TB_ADS)} anuncios de bicicletas de carretera de segunda mano. Compra y vende bicicletas de carretera de particulares y profesionales en Tablonazo.">
<link rel="canonical" href="https://www.tablonazo.com{_tb_href(number)}">
{f'<link rel="prev" href="https://www.tablonazo.com{_tb_href(number - 1)}">' if number > 1 else ""}{f'<link rel="next" href="https://www.tablonazo.com{_tb_href(number + 1)}">' if number < total else ""}
<link rel="preconnect" href="https://images.tablonazo.com">
<link rel="stylesheet" href="https://statics.tablonazo.com/frontend/listing/styles.b7c41d2e.css">
<script>window.didomiConfig={{"app":{{"apiKey":"{_hex("didomi", 32)}","vendors":{{"iab":{{"all":true}}}}}},"languages":{{"enabled":["es"],"default":"es"}}}};</script>
<script async src="https://sdk.privacy-center.org/loader.js"></script>
</head>
<body>
<div id="app">
<header class="ma-LayoutHeader"><div class="ma-LayoutHeader-content"><a class="ma-LayoutHeader-logo" href="/" aria-label="Tablonazo, ir a la portada"><img src="https://statics.tablonazo.com/frontend/logo.svg" alt="Tablonazo" width="150" height="32"></a>
<form class="ma-SearchBar" action="/anuncios/" method="get" role="search"><input class="ma-SearchBar-input" type="search" name="s" placeholder="¿Qué estás buscando?" value=""><button class="ma-SearchBar-button sui-AtomButton sui-AtomButton--primary" type="submit">Buscar</button></form>
<nav class="ma-LayoutHeader-menu"><a class="ma-LayoutHeader-menuLink" href="/mis-favoritos/">Favoritos</a><a class="ma-LayoutHeader-menuLink" href="/mis-anuncios/">Mis anuncios</a><a class="ma-LayoutHeader-menuLink" href="/login/">Acceder</a><a class="sui-AtomButton sui-AtomButton--accent sui-AtomButton--solid" href="/publicar-anuncios-gratis/">Publicar anuncio gratis</a></nav></div></header>
<main class="ma-ContentListing">
<nav class="ma-Breadcrumb" aria-label="Migas de pan"><ol class="ma-Breadcrumb-list"><li class="ma-Breadcrumb-item"><a href="/">Inicio</a></li><li class="ma-Breadcrumb-item"><a href="/deportes-y-nautica/">Deportes y náutica</a></li><li class="ma-Breadcrumb-item"><a href="/bicicletas/">Bicicletas</a></li><li class="ma-Breadcrumb-item" aria-current="page">Bicicletas de carretera</li></ol></nav>
<div class="ma-ContentListing-header"><h1 class="ma-ContentListing-title">Bicicletas de carretera de segunda mano</h1><p class="ma-ContentListing-counter">{len(TB_ADS)} anuncios · mostrando {first}–{last}</p>
<div class="ma-ContentListing-sort"><label for="orden">Ordenar por</label><select id="orden" name="orden" class="sui-AtomSelect"><option value="relevance" selected>Relevancia</option><option value="date">Más recientes</option><option value="price-asc">Más baratos</option><option value="price-desc">Más caros</option></select></div>
<button class="sui-AtomButton sui-AtomButton--secondary ma-ContentListing-saveSearch" type="button">Guardar búsqueda</button></div>
<div class="ma-ContentListing-layout">
<aside class="ma-FormListFiltersV2" aria-label="Filtros"><h2 class="ma-FormListFiltersV2-title">Filtros</h2>
<fieldset class="ma-FormListFiltersV2-field"><legend>Precio</legend><input type="number" name="desde" placeholder="Desde" aria-label="Precio desde"> <input type="number" name="hasta" placeholder="Hasta" aria-label="Precio hasta"></fieldset>
<fieldset class="ma-FormListFiltersV2-field" aria-labelledby="vendedor"><legend id="vendedor">Tipo de vendedor</legend><label><input type="radio" name="vendedor" value="" checked aria-label="Todos"> Todos</label><label><input type="radio" name="vendedor" value="part" aria-label="Particular"> Particular</label><label><input type="radio" name="vendedor" value="prof" aria-label="Profesional"> Profesional</label></fieldset>
<fieldset class="ma-FormListFiltersV2-field"><legend>Envío</legend><label class="sui-AtomSwitch"><input type="checkbox" name="shippingAvailable" id="shippingAvailable"> Envío disponible</label></fieldset>
<fieldset class="ma-FormListFiltersV2-field"><legend>Provincia</legend><select name="provincia" class="sui-AtomSelect"><option value="">Toda España</option><option>Madrid</option><option>Barcelona</option><option>Valencia</option><option>Sevilla</option></select></fieldset>
<div class="ma-FormListFiltersV2-actions"><button class="ma-FormListFiltersV2-cleanFilters sui-AtomButton sui-AtomButton--tertiary" type="button">Limpiar</button><button class="sui-AtomButton sui-AtomButton--primary" type="button" data-testid="FORM_LIST_FILTERS_V2_SEARCH_BUTTON">Aplicar filtros</button></div></aside>
<section class="ma-ContentListing-results">
<div class="ma-FormOneTapFilter"><button class="ma-FormOneTapFilter-tag" type="button">Envío disponible</button><button class="ma-FormOneTapFilter-tag" type="button">Solo particulares</button><button class="ma-FormOneTapFilter-tag" type="button">Con fotos</button></div>
<div class="ma-AdList" data-testid="AD_LIST">{cards}
</div>
{_tb_pager(number, total)}
</section>
</div>
<section class="ma-ContentListing-seoLinks"><h2>Búsquedas relacionadas</h2><ul><li><a href="/bicicletas-de-carretera-en-madrid/">Bicicletas de carretera en Madrid</a></li><li><a href="/bicicletas-de-carretera-en-barcelona/">Bicicletas de carretera en Barcelona</a></li><li><a href="/bicicletas-gravel/">Bicicletas gravel</a></li><li><a href="/bicicletas-de-montana/">Bicicletas de montaña</a></li></ul></section>
</main>
<footer class="ma-LayoutFooter"><ul class="ma-LayoutFooter-links"><li><a href="/ayuda/">Ayuda</a></li><li><a href="/consejos-de-seguridad/">Consejos de seguridad</a></li><li><a href="/condiciones-de-uso/">Condiciones de uso</a></li><li><a href="/politica-de-privacidad/">Privacidad</a></li><li><a href="/politica-de-cookies/">Cookies</a></li></ul><p>© 2025 Tablonazo Classifieds S.L.</p></footer>
</div>
<div id="didomi-host" class="didomi-host"><div class="didomi-popup-notice" role="dialog" aria-label="Consentimiento de cookies"><p class="didomi-notice-text">Nosotros y nuestros socios usamos cookies para mostrar anuncios personalizados y medir la audiencia.</p><button id="didomi-notice-disagree-button" type="button">Rechazar</button><button id="didomi-notice-learn-more-button" type="button">Configurar</button><button id="didomi-notice-agree-button" type="button">Aceptar y cerrar</button></div></div>
<script>window.__INITIAL_PROPS__ = JSON.parse("{_tb_props(number, total, ads)}");</script>
<script>window.__INITIAL_CONTEXT_VALUE__ = {{"i18n":{{"locale":"es-ES"}},"device":"desktop","experiments":{{"listingLargeCards":"B"}}}};</script>
<script src="https://statics.tablonazo.com/frontend/listing/vendor.4e8d1a0c.js" defer></script>
<script src="https://statics.tablonazo.com/frontend/listing/app.9a2f3c61.js" defer></script>
</body>
</html>
"""


@thirtythird_a
def build_tablonazo() -> None:
    s = Site(
        "tablonazo",
        kind="classifieds search in Spanish (Milanuncios 2024: React SSR, div.ma-AdList of article.ma-AdCardV2 in two variants — 'Destacado' / 'Top' ads as large cards with a photo carousel, the price over the photos in div.ma-AdCardV2-photoPrice and a div.ma-AdCardV2-sellerInfo block; regular ads as compact cards with the price in div.ma-AdMultiplePrice beside the title and the seller type as a header caption; '1.200 €' / 'Consultar' / struck old prices, address.ma-AdLocation 'Getafe (Madrid)', p.ma-AdCardV2-description, 'Envío disponible' tag; ad slots and a carousel between cards; SUI pager 'Anterior' / numbers / 'Siguiente' over ?pagina=N)",
        start=TB_CATEGORY.lstrip("/"),
        description=f"Road bikes on Tablonazo, a Spanish classifieds site built like Milanuncios 2024 (React SSR, ma-* BEM classes over Adevinta's SUI components), {TB_CATEGORY} then ?pagina=2 and ?pagina=3 ({len(TB_ADS)} ads). The head (canonical, rel prev / next, the Didomi config), the header (logo, search bar, Favoritos / Mis anuncios / Acceder, 'Publicar anuncio gratis'), breadcrumbs, h1 'Bicicletas de carretera de segunda mano', '57 anuncios · mostrando 1–22', the sort select, 'Guardar búsqueda', the filter sidebar (price, Tipo de vendedor radios 'Todos' / 'Particular' / 'Profesional', an 'Envío disponible' switch, province), one-tap filter chips. div.ma-AdList[data-testid=AD_LIST] of article.ma-AdCardV2[data-testid=AD_CARD] in two variants. Compact (regular ads): a header row with span.ma-AdCardV2-headerListing-caption 'Particular' / 'Profesional' + p.ma-AdCardV2-time 'Hace 3 horas'; a photo link (aria-hidden) with a photo counter; div.ma-AdCardV2-mainContent with div.ma-AdCardListingV2-TitleRow > a.ma-AdCardListingV2-TitleLink > h2.ma-AdCardV2-title + a favourite button, div.ma-AdCardV2-priceAndLocation holding div.ma-AdMultiplePrice > div.ma-AdMultiplePrice-priceBlock > span.ma-AdPrice > span.ma-AdPrice-value '1.200 €' (or 'Consultar', or span.ma-AdPrice-iteration with the struck span.ma-AdPrice-iterationPreviousValue '1.250 €' before the new value) and address.ma-AdLocation > svg + span.ma-AdLocation-text 'Sevilla (Sevilla)', p.ma-AdCardV2-description (the whole text, clamped by CSS), ul.ma-AdTagList > li > span.ma-AdTag > span.ma-AdTag-label[title] 'Envío disponible' on some, Chat / Llamar buttons. Large (article.ma-AdCardV2--highlighted.ma-AdCardV2--large, 'Top' and 'Destacado' ads): the header caption 'Top' / 'Destacado' + the time; a photo carousel (ul.sui-MoleculeCarousel-track of 4–8 images, arrows, counter) with the price over it in div.ma-AdCardV2-photoPrice > div.ma-AdPrice > span.ma-AdPrice-value--highlighted; the title row, the location, the description, the tags; a footer row with div.ma-AdCardV2-sellerInfo (initials avatar, p.ma-AdCardV2-sellerInfo-name, p.ma-AdCardV2-sellerInfo-type 'Profesional' / 'Particular', 'Ver tienda' / 'Ver más anuncios' link) and the buttons. After the fifth and sixteenth cards a 'Publicidad' slot; on page 1 after the twelfth an 'Otros usuarios también han visto' carousel of five other ads (div.ma-AdCardCarousel: not records). The pager div.ma-ContentListing-pagination > nav.sui-MoleculePagination[aria-label=Paginación] of sui-AtomButton links: 'Anterior' (rel=prev, from page 2), 1 2 3 (the current with aria-current), 'Siguiente' (rel=next, up to page 2). SEO links, the footer, the Didomi notice, window.__INITIAL_PROPS__ = JSON.parse(\"…\") with the page's ads (ids, titles, prices, sellerType, shippingAvailable, highlighted). 22 + 22 + 13 ads, 13 of them large (6 Top, 7 Destacado). Written down: title, url (/bicicletas-de-carretera/<slug>-<id>.htm), price (absent on 'Consultar'), currency (EUR, with a price), location, description, seller_type ('Particular' / 'Profesional'), shipping ('Envío disponible', where shown), highlighted ('Top' / 'Destacado', where shown).",
    )
    pages = chunks(TB_ADS, TB_PER_PAGE)
    for number, ads in enumerate(pages, 1):
        path = _tb_href(number).lstrip("/")
        path = path.replace("?", "@") if "?" in path else path + "index.html"
        s.list_page(path, _tb_page(number, len(pages), ads))
    for a in TB_ADS:
        s.expect(
            {
                "title": a.title,
                "url": a.url,
                "price": float(a.price.replace(".", "")) if a.price else None,
                "currency": "EUR" if a.price else None,
                "location": a.location,
                "description": a.description,
                "seller_type": a.seller_type,
                "shipping": "Envío disponible" if a.shipping else None,
                "highlighted": a.label or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kharidghar: a Daraz-like (Lazada platform) search grid, hashed classes, window.pageData, ant-design pager.
# ---------------------------------------------------------------------------------------------------

KG_QUERY = "wireless earbuds"
KG_Q = KG_QUERY.replace(" ", "+")
KG_START = f"/catalog/?q={KG_Q}&_keyori=ss&from=input"
KG_PER_PAGE = [24, 24, 15]
#: where the two sponsored items sit on each page (slot index → sponsored row)
KG_SPONSORED = [{2: 0, 9: 1}, {0: 2, 13: 3}, {4: 4, 10: 5}]

#: title | price | original price ('' none) | stars (0 none) | rating count ('' none) | location | badge (M mall, F flash sale)
KG_ROWS = """
Audionic Airbud 550 Wireless Earbuds with ENC and 40H Playtime|3,499|5,999|4.5|1,284|Punjab|M
Lenovo LP40 Pro TWS Bluetooth 5.1 Earbuds Touch Control|1,299|2,599|4|3,567|Overseas|F
QCY T13 ANC True Wireless Earbuds 4 Mic Noise Cancelling|4,150||4.5|862|Sindh|
Xiaomi Redmi Buds 4 Active Bluetooth 5.3 Earphones|5,299|6,499|5|412|Islamabad|M
Realme Buds T110 AI ENC 38H Playback Earbuds|4,799|5,999|4.5|205|Punjab|M
Haylou GT7 Neo TWS Earbuds Low Latency Gaming Mode|2,850|4,200|4|1,906|Punjab|
Ronin R-520 Wireless Earbuds Deep Bass IPX5|2,199|3,999|4|741|Punjab|F
Faster FTW-11 True Wireless Stereo Earbuds|2,499||4|128|Sindh|
Zero Lifestyle Z-Buds Pro ANC Earbuds with Charging Case|7,999|9,999|4.5|96|Punjab|M
M10 TWS Bluetooth Earbuds with Power Bank LED Display|699|1,800|3.5|12,480|Overseas|F
Samsung Galaxy Buds FE Graphite Active Noise Cancellation|17,999|21,999|5|318|Islamabad|M
Anker Soundcore R50i True Wireless Earbuds 10mm Drivers|4,499|6,999|4.5|1,072|Sindh|M
JBL Tune 125TWS Pure Bass Wireless Earbuds - Copy A Quality|1,850||3|64|Punjab|
Oraimo FreePods Lite OEB-E04D 40H Playtime ENC|3,299|3,999|4.5|2,315|Punjab|M
Joyroom JR-TL11 Dual Mic ENC Wireless Earbuds|2,749|3,499|4|433|Sindh|
Baseus Bowie E3 TWS Earbuds Bluetooth 5.3 Fast Charging|3,899||4.5|557|Punjab|
Infinix XBuds XE25 Wireless Earphones 30H Battery|2,999|4,499|4|89|Khyber Pakhtunkhwa|
Air 31 Transparent TWS Earbuds Crystal Case|899|1,999|3.5|6,214|Overseas|F
Dany Nova Pods 2 Wireless Earbuds Type-C|1,650|2,250|4|377|Punjab|
Space Lite Buds TWS-580 Bluetooth Earbuds|2,350||0||Sindh|
Tecno Buds 4 Hi-Fi Stereo ENC Earbuds|3,749|4,999|4.5|141|Punjab|M
Apple AirPods Pro 2nd Generation USB-C MagSafe Case|64,999|72,999|5|58|Islamabad|M
Lenovo XT80 Sports Earbuds with Ear Hooks|1,799|3,299|4|2,044|Overseas|
Audionic Airbud 425 Bluetooth Earbuds 20H Playtime|2,299|2,999|4|953|Punjab|
Haylou X1 Neo Semi In-Ear TWS Earbuds|3,150||4|268|Punjab|
Xiaomi Redmi Buds 5 Pro 52dB ANC Wireless Earbuds|13,499|16,999|5|77|Islamabad|M
Ronin R-7200 Gaming Earbuds RGB Light 45ms Latency|3,999|6,500|4.5|184|Punjab|
QCY MeloBuds ANC HT05 Wireless Earbuds|5,650|6,999|4.5|299|Sindh|M
Pro 6 TWS Earbuds Touch Control Bluetooth 5.0|549|1,499|3|8,932|Overseas|F
Realme Buds Air 5 50dB ANC Earbuds Deep Sea Blue|10,999|12,999|5|143|Punjab|M
Faster FTW-19 ANC ENC Wireless Earbuds|4,299||0||Sindh|
Joyroom Funpods JR-FB1 Mini Earbuds|1,999|2,799|4|612|Sindh|
Anker Soundcore Life P3i Hybrid ANC Earbuds|9,499|11,999|4.5|402|Sindh|M
Zero Lifestyle Ghost Pods Wireless Earbuds 50H|4,999|7,999|4|231|Punjab|
Oraimo Riff 2 OTW-323 Semi In-Ear Wireless Earbuds|2,649||4.5|1,388|Punjab|
Lenovo GM2 Pro Gaming Earbuds Low Latency|1,450|2,899|4|4,120|Overseas|F
Baseus WM02 TWS Earbuds Mini Size|2,299|2,999|4|745|Punjab|
Samsung Galaxy Buds2 Pro Bora Purple Hi-Fi 24bit|29,999|36,999|5|41|Islamabad|M
Audionic Airbud 590 Max ANC Earbuds|5,999|7,499|4.5|187|Punjab|M
Dany Airdots 120 TWS Earbuds with Mic|1,199||3.5|92|Punjab|
Haylou W1 Qualcomm aptX Wireless Earbuds|5,450|7,000|4.5|126|Punjab|
Infinix XBuds XE22 Semi-In-Ear Earbuds ENC|2,199|2,999|4|63|Khyber Pakhtunkhwa|
Lenovo LP5 Wireless Sport Earbuds IPX5|1,699|3,099|4|1,523|Overseas|
Space Pulse Buds Gaming TWS 40ms|3,199|4,000|4|58|Sindh|
Ronin R-180 Bluetooth Earbuds 25H Playtime|1,899||4|402|Punjab|
QCY T20 AilyPods Open-Fit Wireless Earbuds|3,850|4,499|4|211|Sindh|
JBL Wave Beam True Wireless Earbuds Black|13,999|16,500|5|37|Islamabad|M
Joyroom JR-T03S Pro ANC TWS Earbuds|3,999|5,499|4|288|Sindh|
Xiaomi Buds 3T Pro Adaptive ANC Earbuds|19,999||4.5|19|Islamabad|
M19 TWS Earbuds Digital Display 9D Stereo|749|1,999|3|5,377|Overseas|F
Oraimo FreePods 4 ANC 35.5H Earbuds|6,999|8,499|4.5|906|Punjab|M
Tecno Sonic 1 TWS Earbuds Bluetooth 5.3|2,799||0||Punjab|
Zero Lifestyle Z-Buds 3 Wireless Earbuds ENC|3,499|5,499|4|515|Punjab|
Baseus Bowie MA10 ANC TWS Earbuds 140H Playtime|6,499|7,999|4.5|152|Punjab|M
Realme Buds T300 30dB ANC Earbuds|7,299|8,999|4.5|97|Punjab|
Audionic Airbud 2 Pro Wireless Earbuds|1,999|2,499|4|3,410|Punjab|
Lenovo HT38 TWS Earphones Mini Bluetooth|1,150|2,399|4|7,021|Overseas|F
Faster FTW-25 Wireless Earbuds LED Display|2,799||4|33|Sindh|
Anker Soundcore P20i Earbuds 30H Playtime|4,999|5,999|4.5|688|Sindh|M
Haylou GT1 2022 TWS Earbuds Gaming|2,150|3,100|4|2,791|Punjab|
Ronin R-460 Earbuds Smart Touch ENC|2,599|3,499|4|129|Punjab|
Dany Supreme Buds Wireless Earbuds 35H|2,450||0||Punjab|
Samsung Galaxy Buds3 Pro Silver AI Earbuds|44,999|49,999|5|12|Islamabad|M
"""

#: sponsored: title | price | original price | stars | rating count | location
KG_SPONSORED_ROWS = """
Audionic Airbud 650 Pro ANC Earbuds 60H Playtime|6,499|8,999|4.5|214|Punjab
Realme Buds T310 46dB Hybrid ANC Earbuds|8,499|9,999|4.5|66|Punjab
Ronin R-850 ANC Earbuds with Display Case|5,999|8,500|4|51|Punjab
Lenovo LP3 Pro TWS Earbuds 250mAh LED|1,599|3,200|4|2,876|Overseas
Zero Lifestyle Z-Buds Max ENC Earbuds|5,499|7,999|4|118|Punjab
Oraimo FreePods Neo ENC Earbuds 30H|3,099|3,799|4.5|405|Punjab
"""

KG_STAR_FULL = "//img.kharidcdn.com/g/tps/tfs/TB19ZvEgfDH8KJjy1XcXXcpdXXa-64-64.png"
KG_STAR_HALF = "//img.kharidcdn.com/g/tps/tfs/TB1ThvEgfDH8KJjy1XcXXcpdXXa-64-64.png"
KG_STAR_EMPTY = "//img.kharidcdn.com/g/tps/tfs/TB18ZvEgfDH8KJjy1XcXXcpdXXa-64-64.png"
KG_MALL_ICON = "https://img.kharidcdn.com/g/tps/imgextra/i2/O1CN01m9OC6a1UK86X51Dcq_!!6000000002498-2-tps-108-54.png"


class KGItem(NamedTuple):
    title: str
    price: str
    original: str
    stars: float
    reviews: str
    location: str
    badge: str
    sponsored: bool

    @property
    def item_id(self) -> int:
        return 400000000 + _num(self.title, 8)

    @property
    def sku_id(self) -> int:
        return 2000000000 + _num(self.title + "sku", 9)

    @property
    def url(self) -> str:
        return f"/products/{slug(self.title)}-i{self.item_id}-s{self.sku_id}.html?search=1"

    @property
    def discount(self) -> int | None:
        if not self.original:
            return None
        now, was = (int(v.replace(",", "")) for v in (self.price, self.original))
        return -round((1 - now / was) * 100)

    @property
    def badge_text(self) -> str:
        return {"M": "KharidMall", "F": "Flash Sale"}.get(self.badge, "")

    @property
    def image(self) -> str:
        return f"https://img.kharidcdn.com/p/{_hex(self.title, 32)}.jpg_200x200q80.jpg_.webp"


def _kg_items() -> tuple[list[KGItem], list[KGItem]]:
    items = []
    for line in KG_ROWS.strip().splitlines():
        title, price, original, stars, reviews, location, badge = line.split("|")
        items.append(KGItem(title, price, original, float(stars), reviews, location, badge, False))
    sponsored = []
    for line in KG_SPONSORED_ROWS.strip().splitlines():
        title, price, original, stars, reviews, location = line.split("|")
        sponsored.append(KGItem(title, price, original, float(stars), reviews, location, "", True))
    return items, sponsored


KG_ITEMS, KG_SPONSORED_ITEMS = _kg_items()


def _kg_stars(stars: float) -> str:
    out = []
    for n in range(1, 6):
        src = KG_STAR_FULL if stars >= n else KG_STAR_HALF if stars >= n - 0.5 else KG_STAR_EMPTY
        out.append(
            f'<i class="_9-ogB Dy1nx"><img class="star-icon--k88DV" src="{src}" alt="" width="10" height="10"></i>'
        )
    return "".join(out)


def _kg_item(it: KGItem, position: int) -> str:
    mall = (
        f'<img type="icon" class="ic-dynamic-badge ic-dynamic-badge-mall ic-dynamic-group-2" src="{KG_MALL_ICON}" alt="KharidMall" width="36" height="18" style="vertical-align:middle">'
        if it.badge == "M"
        else ""
    )
    extra = (
        f'<div class="priceExtra--ocAYk"><span class="origPrice--AJxRs"><del class="currency--GVKjl">Rs. </del><del class="ooOxS">{it.original}</del></span><span class="discount--HADrg">{it.discount}%</span></div>'
        if it.original
        else '<div class="priceExtra--ocAYk"></div>'
    )
    rating = (
        f'<div class="rating--ZI3Ol rate--DCc4j">{_kg_stars(it.stars)}<span class="rating__review--ygkUy">({it.reviews})</span></div>'
        if it.reviews
        else ""
    )
    flash = (
        '<div class="tagBox--HXqRm"><span class="flashSale--Ud8nJ"><img src="https://img.kharidcdn.com/g/tps/imgextra/i4/flash-bolt-24-24.png" alt="" width="12" height="12">Flash Sale</span></div>'
        if it.badge == "F"
        else ""
    )
    sponsored = (
        '<span class="sponsored--xS4yP" data-qa-locator="sponsored-label">Sponsored</span>' if it.sponsored else ""
    )
    tracking = json.dumps(
        {"itemId": str(it.item_id), "skuId": str(it.sku_id), "pos": position, "isAd": int(it.sponsored)},
        separators=(",", ":"),
    )
    return f"""
<div class="gridItem--Yd0sa" data-qa-locator="product-item" data-tracking="product-card" data-sku-simple="{it.sku_id}" data-item-id="{it.item_id}" data-listno="{position}" data-utlogmap="{esc(tracking)}" data-aplus-ae="x{position + 1}_{_hex(it.title, 8)}" data-spm-anchor-id="a2a0e.searchlist.list.{position}">
<div class="inner--SODwy">
<div class="mainPic--ehOdr"><a href="{it.url}" age="0"><div class="picture-wrapper--vl7Eo"><img type="product" alt="{esc(it.title)}" src="{it.image}" class="image--WOyuZ" style="object-fit:fill"></div></a>{sponsored}</div>
<div class="info--ifj7U">
<div class="title-wrapper--IaQ0m">{mall}<a href="{it.url}" age="0" title="{esc(it.title)}">{esc(it.title)}</a></div>
<div class="price--NVB62"><span class="currency--GVKjl">Rs. </span><span class="ooOxS">{it.price}</span></div>
{extra}
{flash}
<div class="rateAndLoc--XWchq">{rating}<span class="location--eh0Ro">{esc(it.location)}</span></div>
</div>
</div>
</div>"""


def _kg_href(number: int) -> str:
    return KG_START if number == 1 else f"/catalog/?_keyori=ss&from=input&page={number}&q={KG_Q}"


def _kg_pager(number: int, total: int) -> str:
    prev_cls = " ant-pagination-disabled" if number == 1 else ""
    next_cls = " ant-pagination-disabled" if number == total else ""
    items = [
        f'<li title="Previous Page" class=" ant-pagination-prev{prev_cls}" aria-disabled="{str(number == 1).lower()}"><a class="ant-pagination-item-link"><i class="anticon anticon-left"><svg viewBox="64 64 896 896" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M724 218.3V141c0-6.7-7.7-10.4-12.9-6.3L260.3 486.8a31.86 31.86 0 000 50.3l450.8 352.1c5.3 4.1 12.9.4 12.9-6.3v-77.3c0-4.9-2.3-9.6-6.1-12.6l-360-281 360-281.1c3.8-3 6.1-7.7 6.1-12.6z"></path></svg></i></a></li>'
    ]
    for n in range(1, total + 1):
        active = " ant-pagination-item-active" if n == number else ""
        items.append(
            f'<li title="{n}" class="ant-pagination-item ant-pagination-item-{n}{active}" tabindex="0"><a>{n}</a></li>'
        )
    items.append(
        f'<li title="Next Page" tabindex="0" class=" ant-pagination-next{next_cls}" aria-disabled="{str(number == total).lower()}"><a class="ant-pagination-item-link"><i class="anticon anticon-right"><svg viewBox="64 64 896 896" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M765.7 486.8L314.9 134.7A7.97 7.97 0 00302 141v77.3c0 4.9 2.3 9.6 6.1 12.6l360 281.1-360 281.1c-3.9 3-6.1 7.7-6.1 12.6V883c0 6.7 7.7 10.4 12.9 6.3l450.8-352.1a31.96 31.96 0 000-50.4z"></path></svg></i></a></li>'
    )
    return f'<div class="e5J1n"><ul class="ant-pagination " unselectable="unselectable">{"".join(items)}</ul></div>'


def _kg_page_data(number: int, total: int, slots: list[KGItem]) -> str:
    data = {
        "mainInfo": {
            "title": "Wireless Earbuds",
            "q": KG_QUERY,
            "totalResults": str(len(KG_ITEMS)),
            "page": str(number),
            "pageSize": str(KG_PER_PAGE[0]),
            "noResultCode": "",
        },
        "mods": {
            "listItems": [
                {
                    "name": it.title,
                    "nid": str(it.item_id),
                    "itemId": str(it.item_id),
                    "skuId": str(it.sku_id),
                    "image": it.image,
                    "itemUrl": f"//www.kharidghar.pk{it.url}",
                    "price": it.price.replace(",", "") + ".00",
                    "priceShow": f"Rs. {it.price}",
                    "originalPrice": it.original.replace(",", "") + ".00" if it.original else "",
                    "originalPriceShow": f"Rs. {it.original}" if it.original else "",
                    "discount": f"{-it.discount}% Off" if it.discount is not None else "",
                    "ratingScore": str(it.stars) if it.reviews else "",
                    "review": it.reviews.replace(",", ""),
                    "location": it.location,
                    "isSponsored": it.sponsored,
                    "isAD": int(it.sponsored),
                    "inStock": True,
                    "icons": [{"domClass": "ic-dynamic-badge-mall", "alias": "KharidMall"}] if it.badge == "M" else [],
                    "sellerName": it.title.split()[0] + " Official Store" if it.badge == "M" else "",
                }
                for it in slots
            ],
            "filter": {"filterItems": [{"name": "location", "title": "Location"}, {"name": "price", "title": "Price"}]},
        },
        "seoInfo": {"canonical": f"https://www.kharidghar.pk{_kg_href(number)}"},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


KG_PAGER_JS = f"""(function () {{
  var base = "/catalog/?_keyori=ss&from=input&q={KG_Q}";
  function go(n) {{ window.location.href = base.replace("&q=", "&page=" + n + "&q="); }}
  document.addEventListener("click", function (e) {{
    var li = e.target.closest && e.target.closest(".ant-pagination li");
    if (!li || li.classList.contains("ant-pagination-disabled")) return;
    var current = parseInt(window.pageData.mainInfo.page, 10);
    if (li.classList.contains("ant-pagination-prev")) return go(current - 1);
    if (li.classList.contains("ant-pagination-next")) return go(current + 1);
    var n = parseInt(li.getAttribute("title"), 10);
    if (n && n !== current) go(n);
  }});
}})();"""


def _kg_page(number: int, total: int, slots: list[KGItem]) -> str:
    items = "".join(_kg_item(it, i) for i, it in enumerate(slots))
    locations = "".join(
        f'<label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input" value="{slug(loc)}"><span class="ant-checkbox-inner"></span></span><span>{loc}</span></label>'
        for loc in ("Punjab", "Sindh", "Islamabad", "Khyber Pakhtunkhwa", "Overseas")
    )
    brands = "".join(
        f'<label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input" value="{slug(b)}"><span class="ant-checkbox-inner"></span></span><span>{b}</span></label>'
        for b in ("Audionic", "Lenovo", "Xiaomi", "Realme", "Haylou", "Ronin", "QCY", "Samsung", "Anker")
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wireless Earbuds - Buy Wireless Earbuds at Best Price in Pakistan | www.kharidghar.pk</title>
<meta name="description" content="Shop wireless earbuds online at Kharidghar.pk. Compare prices of Audionic, Lenovo, Xiaomi and more. Cash on delivery, fast delivery across Pakistan.">
<link rel="canonical" href="https://www.kharidghar.pk{_kg_href(number)}">
<link rel="stylesheet" href="//g.kharidcdn.com/g/lzdfe/pc-lp/0.1.72/pc.css">
<link rel="stylesheet" href="//g.kharidcdn.com/g/lzd/assets/1.2.19/ant/antd.min.css">
<script>window.g_config = {{"regionID":"PK","language":"en","appName":"pc-lp","bizName":"catalog","spm":{{"a":"a2a0e","b":"searchlist"}}}};</script>
<script>window.__i18n__ = {{"en":{{"search.itemsFound":"items found for","search.sortBy":"Sort By"}}}};</script>
</head>
<body data-spm="searchlist">
<div id="topActionHeader" class="lzd-header">
<div class="top-links lzd-header-top"><a href="/kharid-seller/">Save More on App</a><a href="/sell-on-kharidghar/">Sell On Kharidghar</a><a href="/customer-care/">Help &amp; Support</a><a href="/wow/gcp/kharidghar/channel/pk/donation">Kharidghar Donates</a><a href="/user/login">Login</a><a href="/user/register">Sign Up</a><a href="/language/ur">زبان تبدیل کریں</a></div>
<div class="lzd-header-main"><a class="lzd-logo" href="/"><img src="//img.kharidcdn.com/g/tps/imgextra/kharidghar-logo-127-40.png" alt="Kharidghar" width="127" height="40"></a>
<form class="search-box" action="/catalog/" method="get"><input type="search" id="q" name="q" class="search-box__input--O34g" value="{KG_QUERY}" placeholder="Search in Kharidghar" autocomplete="off"><input type="hidden" name="_keyori" value="ss"><input type="hidden" name="from" value="input"><button class="search-box__button--1oH7" type="submit" aria-label="Search"><i class="search-box__search--2fC5"></i></button></form>
<a class="lzd-nav-cart" href="/cart/" aria-label="Cart"><span class="cart-num">0</span></a></div>
</div>
<div id="root">
<div class="ant-row FrEdP">
<div class="ant-col ant-col-4 xb_zq" data-spm="filter">
<div class="mSo_h"><div class="Ne7gO">Related Categories</div><div class="ZvoLE"><a class="gWj4u" href="/wireless-earbuds/?q={KG_Q}">Wireless Earbuds</a><a class="gWj4u" href="/headphones-headsets/?q={KG_Q}">Headphones &amp; Headsets</a><a class="gWj4u" href="/mobile-phone-accessories/?q={KG_Q}">Mobile Accessories</a></div></div>
<div class="mSo_h"><div class="Ne7gO">Brand</div><div class="ZvoLE">{brands}</div></div>
<div class="mSo_h"><div class="Ne7gO">Service</div><div class="ZvoLE"><label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"><span class="ant-checkbox-inner"></span></span><span>Free Delivery</span></label><label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"><span class="ant-checkbox-inner"></span></span><span>Cash On Delivery</span></label><label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"><span class="ant-checkbox-inner"></span></span><span>KharidMall</span></label></div></div>
<div class="mSo_h"><div class="Ne7gO">Location</div><div class="ZvoLE">{locations}</div></div>
<div class="mSo_h"><div class="Ne7gO">Price</div><div class="ZvoLE"><input type="number" class="ant-input" placeholder="Min"> - <input type="number" class="ant-input" placeholder="Max"><button type="button" class="ant-btn ant-btn-primary ant-btn-icon-only" aria-label="Apply"><i class="anticon anticon-caret-right"></i></button></div></div>
<div class="mSo_h"><div class="Ne7gO">Rating</div><div class="ZvoLE"><div class="rating-filter">4 stars &amp; up</div><div class="rating-filter">3 stars &amp; up</div></div></div>
</div>
<div class="ant-col ant-col-20 Jv5R8" data-spm="list">
<div class="ant-row ant-row-space-between ant-row-middle SnuRh"><div class="ant-col"><h1 class="tjvpL">Wireless Earbuds</h1><span class="_2sBmO">{len(KG_ITEMS)} items found for <span class="_3Ujfo">“{KG_QUERY}”</span></span></div>
<div class="ant-col"><div class="sPGVk"><span class="_1Ahbh">Sort By:</span><div class="ant-select ant-select-single ant-select-show-arrow" style="width:180px"><div class="ant-select-selector"><span class="ant-select-selection-item" title="Best Match">Best Match</span></div></div><span class="_1Ahbh">View:</span><i class="ic-grid-active"></i><i class="ic-list"></i></div></div></div>
<div class="_17mcb" data-qa-locator="general-products" data-spm="list">{items}
</div>
<div class="b7FXJ"><div class="e5J1n-wrap">{_kg_pager(number, total)}</div></div>
</div>
</div>
</div>
<footer class="lzd-footer"><div class="lzd-footer-inner"><div class="footer-col"><h4>Customer Care</h4><a href="/customer-care/">Help Center</a><a href="/how-to-buy/">How to Buy</a><a href="/returns-refunds/">Returns &amp; Refunds</a><a href="/contact-us/">Contact Us</a></div><div class="footer-col"><h4>Kharidghar</h4><a href="/about-us/">About Kharidghar</a><a href="/careers/">Careers</a><a href="/terms-of-use/">Terms &amp; Conditions</a><a href="/privacy-policy/">Privacy Policy</a></div><div class="footer-col"><h4>Payment Methods</h4><span class="pay-icons">Cash on Delivery · Cards · Easypaisa · JazzCash</span></div><p class="copyright">© Kharidghar 2025</p></div></footer>
<script>window.pageData = {_kg_page_data(number, total, slots)};</script>
<script>{KG_PAGER_JS}</script>
<script src="//g.kharidcdn.com/g/lzdfe/pc-lp/0.1.72/pc.js" crossorigin></script>
</body>
</html>
"""


@thirtythird_a
def build_kharidghar() -> None:
    s = Site(
        "kharidghar",
        kind="marketplace search grid (Daraz / Lazada platform 2024: div[data-qa-locator=general-products] of div.gridItem--Yd0sa[data-qa-locator=product-item] with hashed classes: div.title-wrapper--IaQ0m holding a mall icon img (alt 'KharidMall') on some + the title link, div.price--NVB62 'Rs. ' + '1,299', div.priceExtra--ocAYk with the struck del price and span.discount--HADrg '-48%' on some, a 'Flash Sale' tag on some, div.rateAndLoc--XWchq with five img stars + '(123)' and span.location--eh0Ro 'Punjab'; 'Sponsored' items among them; window.pageData JSON copy of the list; ant-design pager li.ant-pagination-item > a without href, a script turning a click into &page=N)",
        start=KG_START.lstrip("/"),
        description=f"A search for '{KG_QUERY}' on Kharidghar, a Pakistani marketplace built like Daraz.pk (Lazada's platform) in 2024, {KG_START} then /catalog/?_keyori=ss&from=input&page=2&q={KG_Q} and page=3. The head (canonical, window.g_config, window.__i18n__), the header (top links, logo, search box, cart), a filter column (Related Categories links, Brand / Service / Location ant-checkboxes, Price min–max, Rating), h1 'Wireless Earbuds' + '63 items found for “wireless earbuds”', the sort select 'Best Match' and view icons. div._17mcb[data-qa-locator=general-products] of div.gridItem--Yd0sa[data-qa-locator=product-item][data-tracking=product-card][data-item-id][data-sku-simple] > div.inner--SODwy: div.mainPic--ehOdr > a (age=0) > div.picture-wrapper--vl7Eo > img.image--WOyuZ[type=product][alt=title]; div.info--ifj7U with div.title-wrapper--IaQ0m (img.ic-dynamic-badge[type=icon][alt=KharidMall] on mall items, then a[title] with the title), div.price--NVB62 > span.currency--GVKjl 'Rs. ' + span.ooOxS '1,299', div.priceExtra--ocAYk (empty, or span.origPrice--AJxRs > del 'Rs. ' + del '2,499' and span.discount--HADrg '-48%'), div.tagBox--HXqRm > span.flashSale--Ud8nJ 'Flash Sale' (with a bolt img) on flash-sale items, div.rateAndLoc--XWchq (div.rating--ZI3Ol of five i > img.star-icon--k88DV full / half / empty stars + span.rating__review--ygkUy '(1,284)', missing on unrated items) + span.location--eh0Ro 'Punjab' / 'Sindh' / 'Islamabad' / 'Khyber Pakhtunkhwa' / 'Overseas'. Two sponsored items a page in the same markup with span.sponsored--xS4yP 'Sponsored' in the picture box (not records). The pager div.e5J1n > ul.ant-pagination: li.ant-pagination-prev / li.ant-pagination-item[title=N] > a (no href; the active one ant-pagination-item-active) / li.ant-pagination-next, ant-pagination-disabled at the ends; an inline script sends a click to ?_keyori=ss&from=input&page=N&q=… using window.pageData.mainInfo.page. The footer, window.pageData (mainInfo: q, totalResults, page, pageSize; mods.listItems: name, itemUrl //www.kharidghar.pk/products/…, price, priceShow, originalPrice, discount '48% Off', ratingScore, review, location, isSponsored, icons), the app bundle. 24 + 24 + 15 products (+ 2 sponsored a page). Written down: title, url (/products/<slug>-i<item>-s<sku>.html?search=1), price, currency (PKR), original_price (where struck), discount (-48 for '-48%', where shown), rating_count (where rated), location, badge ('KharidMall' from the icon's alt, or 'Flash Sale', where shown).",
    )
    pages = chunks(KG_ITEMS, KG_PER_PAGE)
    for number, (items, sponsored) in enumerate(zip(pages, KG_SPONSORED, strict=True), 1):
        slots = list(items)
        for at, row in sorted(sponsored.items()):
            slots.insert(at, KG_SPONSORED_ITEMS[row])
        s.list_page(_kg_href(number).lstrip("/").replace("?", "@"), _kg_page(number, len(pages), slots))
    for it in KG_ITEMS:
        s.expect(
            {
                "title": it.title,
                "url": it.url,
                "price": float(it.price.replace(",", "")),
                "currency": "PKR",
                "original_price": float(it.original.replace(",", "")) if it.original else None,
                "discount": it.discount,
                "rating_count": int(it.reviews.replace(",", "")) if it.reviews else None,
                "location": it.location,
                "badge": it.badge_text or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTYTHIRD_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
