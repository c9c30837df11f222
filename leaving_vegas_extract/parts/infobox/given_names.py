"""Given names common in film credits, for splitting cells whose list separators were lost.

Data only. A lost-separator cell ("Ann Roe Bo Lee Cy Moss") is split only before a word listed
here (or an initial), so the list errs towards leaving a cell whole: a name missing from it costs
a split, never a wrong one. Written by hand from common first names across the film industries
(English-speaking, Romance, Germanic, Nordic, Slavic, Greek, Hebrew, Arabic and Persian, South
Asian, East Asian); casefolded, accents kept.
"""

from __future__ import annotations

_ENGLISH = """
aaron abby abigail adam adrian adrienne aidan al alan albert alec alex alexa alexander alexandra
alexis alfred alice alicia alison allan allen allison alma amanda amber amy andrea andrew andy
angela angelina angie anita ann anna anne annette annie anthony april archie arnold arthur ashley
audrey austin ava barbara barry ben benjamin bernard bert beth betty beverly bill billy blake bob
bobby bonnie brad bradley brandon brenda brendan brian bridget brittany brooke bruce bryan burt
byron caleb calvin cameron candice carl carla carol caroline carrie casey catherine cathy cecil
charles charlie charlotte chelsea cheryl chloe chris christian christina christine christopher
chuck cindy claire clara clarence claude claudia clifford clint clive colin connie conrad craig
crystal curtis cynthia dale dan dana daniel danielle danny darla darren dave david dawn dean
debbie deborah debra denise dennis derek diana diane dick dolores don donald donna doris dorothy
doug douglas drew duncan dustin dwayne dylan earl ed eddie edgar edith edmund edna edward edwin
eileen elaine eleanor elena eli elijah elizabeth ella ellen elliot elliott elmer emily emma eric
erica erin ernest ethan eugene eva evan evelyn faye felicity floyd frances francis frank
franklin fred freda freddie frederick gabriel gail gary gavin gene geoffrey george georgia gerald
gilbert gina glen glenn gloria gordon grace graham grant greg gregory gus gwen gwyneth hal hank
hannah harold harriet harry harvey hazel heather heidi helen henry herbert herman holly howard
hugh hugo ian ida irene iris isaac isabel isabella ivan jack jackie jacob jacqueline jake james
jamie jan jane janet janice jared jason jay jean jeanne jeff jeffrey jenna jennifer jenny jeremy
jerome jerry jesse jessica jill jim jimmy jo joan joanna joanne jodie joe joel joey john johnny
jon jonah jonathan jordan joseph josephine josh joshua joy joyce judith judy julia julian julie
june justin karen kate katherine kathleen kathryn kathy katie kay keith kelly ken kenneth kerry
kevin kim kirk kristen kurt kyle lana larry laura lauren laurence lawrence leah lee leigh leo
leon leonard leslie lewis liam lillian lily linda lindsay lisa liz lloyd lois lorne lorraine
louis louise lucas lucille lucy luke lynn mabel madeline madison maggie mandy marcia margaret
margot maria marian marie marilyn marion mark marlon marsha martha martin marvin mary matt
matthew maureen maurice max maxwell megan mel melanie melissa melvin michael michelle mickey
mike mildred miles millie milton miranda molly monica morgan muriel nancy naomi natalie nathan
neil nell nicholas nick nicole nigel noah noel nora norma norman olive oliver olivia oscar owen
pam pamela pat patricia patrick paul paula pauline pearl peggy penelope penny percy pete peter
phil philip phoebe phyllis preston priscilla quentin rachel ralph randall randy ray raymond
rebecca reed reginald rex rhonda richard rick ricky rita rob robert roberta robin rod rodney
roger roland ron ronald rosa rose rosemary ross roy ruby rupert russell ruth ryan sally sam
samantha samuel sandra sara sarah scott sean seth shane shannon sharon shaun sheila shelley
shirley sidney simon sophia sophie spencer stacy stan stanley stella stephanie stephen steve
steven stuart sue susan suzanne sydney sylvia tamara tammy tanya ted teresa terence terrence
terry thelma theodore theresa thomas tim timothy tina toby todd tom tommy toni tony tracy travis
trevor troy tyler ursula valerie vanessa vera vernon veronica vicky victor victoria vincent
viola virginia vivian wade wallace walter wanda warren wayne wendy wesley whitney wilbur will
willard william willie wilma winston zachary zoe
"""

_ROMANCE = """
adriana adriano agustín alberto alejandra alejandro alessandra alessandro alfonso alfredo
alonso álvaro amparo ana andrés ángel ángela anselmo antonella antonio armando arturo aurelio
beatriz benito bernardo blanca bruno camila carlos carla carmen carolina catalina cecilia
césar claudio clemente concepción consuelo cristina cristóbal dario darío diego dolores eduardo
elena elisa emilio enrique ernesto esteban eugenio federico felipe fernanda fernando francesca
francesco francisco gabriela gael gerardo giacomo gian giancarlo gianni gilberto giorgio giovanna
giovanni giulia giulio giuseppe gonzalo guadalupe guido guillermo gustavo héctor hernán ignacio
inés isabel jacinto jaime javier jesús joaquín jorge josé josefina juan juana julio leonardo
lorena lorenzo luca lucia lucía luciano luigi luis luisa manuel manuela marcela marcelo marco
marcos margarita mariana mariano marina mario marta massimo matías mauricio mauro miguel mónica
nicolás nicola octavio orlando pablo paola pedro pilar pietro rafael raffaele ramiro ramón raúl
ricardo roberto rodrigo rogelio salvador santiago sergio silvia silvio simona sofía stefano
teresa tomás tomas valentina valentino valeria vicente víctor vittorio ximena yolanda
adèle agnès alain amélie andré anne-marie antoine arnaud audrey béatrice benoît bernadette
bertrand brigitte catherine cécile chantal charles-henri christophe claire claude clément colette
corinne delphine denis didier dominique édouard élodie émilie emmanuel emmanuelle étienne fabrice
françois françoise frédéric gaspard geneviève georges gérard ghislaine gilles guillaume hélène
henri hervé isabelle jacques jean-claude jean-françois jean-luc jean-paul jean-pierre jérôme
joël juliette laurent léa léon lucien madeleine marcel marguerite marianne marie-france
marion mathieu mathilde maxime michel michèle mireille nathalie nicolas olivier pascal patrice
philippe pierre raphaël régis rémi renée robert romain sandrine sébastien serge simone
solène stéphane sylvie thierry valérie véronique xavier yann yves yvonne zoé
joão joana luíza rui sónia tiago vinícius
"""

_GERMANIC_NORDIC = """
anders andreas anja ansgar axel bengt benno birgit björn bodil christoph dagmar dieter dietrich
egon elke erik erika ernst esben eva fritz gerd gerhard gudrun gunnar günter hanna hannes hans
harald heinz helga helmut hermann holger ingmar ingrid inga jens jochen johan johann johanna
jörg jürgen karl karin katrin klaus knut konrad lars lasse liv lothar ludwig lukas magnus
margarethe matthias max mette michael niels nils ola olaf ole otto per rainer ralf rolf rüdiger
sabine sigrid sven thomas til tobias torsten ulla ulrich ulrike uwe volker walther werner
wilhelm wim wolfgang aki aleksi jussi mika pekka tuomas
"""

_SLAVIC_GREEK_HEBREW = """
agnieszka aleksandr aleksei alexei anatoly andrei andrzej anton boris bogdan dmitri dmitry
elena fyodor galina grigori igor ilya irina ivan jan jaroslav jerzy jiří katarzyna kirill
krzysztof ludmila marek milan milos miloš mikhail natalia nikita nikolai oleg olga pavel petr
piotr roman sergei svetlana tatiana tomasz vadim valentina valery vasily viktor vladimir
wojciech yuri zbigniew costas dimitris eleni giorgos kostas maria nikos theo yannis yorgos
amos ariel avi ayelet dalia eyal gila itzhak moshe noa ofer orna shira yael yosef yonatan
"""

_ARABIC_PERSIAN_TURKISH = """
abbas abdul ahmad ahmed ali amir asghar bahram farhad fatima golshifteh hamid hassan hossein
jafar karim khalid layla leila mahmoud majid mohamed mohammad mohammed mustafa nadia nader
omar rashid reza saeed samir tarek yasmin youssef zahra ayşe can cem deniz emre fatih mehmet
murat nuri orhan semih yılmaz zeki
"""

_SOUTH_ASIAN = """
aamir abhay abhishek aditya ajay ajit akshay alia amitabh amjad amrish anil anupam anurag
anushka arjun arshad aruna ashok ashutosh ayushmann bappi bhushan bimal binod boman chetan
deepika dev devika dharmendra dilip farah farhan gauri gulzar govinda guru hema hrishikesh
imran irrfan jaya jeetendra juhi kabir kajal kamal karan kareena karisma kiran kishore kunal
madhuri mahesh mani manoj meena mohan mukesh nandita nargis naseeruddin nawazuddin neetu
nitin om pankaj paresh parveen prabhu prakash pran prasoon preity priyanka radhika rahul raj
raja rajesh rajiv rajkumar rakesh ram ramesh rani ranbir ranveer rati ravi rekha rishi rohit
sachin saif sajid salim salman sanjay sanjeev saif satyajit shabana shah shahid shahrukh shankar
sharmila shashi shekhar shilpa shreya shyam smita sonam sonali sridevi sunil sunny suresh
sushant tabu tanuja tanuj uday vidya vijay vikram vinod vishal vivek yash zeenat zoya
arun balu chiranjeevi dhanush karthik kamala lakshmi mammootty mohanlal nagarjuna prabhas
rajinikanth ravi revathi suriya trisha venkatesh vikram
"""

_EAST_ASIAN = """
akira akiko asako ayumi daisuke haruki hayao hideo hirokazu hiroshi hiroyuki ichiro isao kazuo
keiko ken kenji kiyoshi koji makoto mamoru masaki masako michiko noriko osamu ryuichi satoshi
shinji shunji takashi takeshi taro tetsuya tomoyuki toshiro yasujirō yasujiro yoji yoko
yoshiko yoshio yuki yukio yuko
bong chan-wook hong jae jin joon-ho kim min park sang seung soo sung young
ang chen feng gong hou jackie jet jia wong xiao yimou zhang
"""

GIVEN_NAMES: frozenset[str] = frozenset(
    (_ENGLISH + _ROMANCE + _GERMANIC_NORDIC + _SLAVIC_GREEK_HEBREW + _ARABIC_PERSIAN_TURKISH
     + _SOUTH_ASIAN + _EAST_ASIAN).split()
)  # fmt: skip
"""Casefolded given names: a lost-separator cell may be split right before one of these."""


GLUED_NAME_PREFIXES: frozenset[str] = frozenset(
    {
        "mc", "mac", "de", "des", "di", "da", "du", "del", "della", "la", "le", "van", "vande",
        "vander", "von", "o'", "o’", "fitz", "st", "st.", "ben", "bin", "abu", "al", "el",
    }
)  # fmt: skip
"""Casefolded name starts that a capital follows inside one name ("McDonald", "FitzGerald")."""

CREDIT_HEADINGS: frozenset[str] = frozenset(
    {
        "songs", "song", "score", "background score", "original score", "music score",
        "screenplay", "dialogues", "dialogue", "story", "lyrics", "additional music",
        "supervising directors", "supervising director", "sequence directors",
        "sequence director", "original songs", "film score",
    }
)  # fmt: skip
"""Casefolded role headings printed inside a credit ("Songs:", "Background score"): not names."""
