"""Given names common in film credits, for splitting cells whose list separators were lost.

Data only. A lost-separator cell ("Ann Roe Bo Lee Cy Moss") is split only before a word listed
here (or an initial), so the list errs towards leaving a cell whole: a name missing from it costs
a split, never a wrong one. Written by hand from common first names across the film industries
(English-speaking, Irish, Romance, Germanic, Nordic, Slavic, Greek, Hebrew, Arabic and Persian,
South Asian, West and South African, East Asian); casefolded, accents kept.

Left out on purpose: words that are mostly family names in credits ("Nolan", "Bennett"), since a
listed word that ends a three-word name can open a wrong piece; and names mostly worn alone
(mononyms), since a one-word name cannot open a name of two words. Chinese and Korean names print
the family name first, so their common family names are what open them and are listed.
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
deepika dev devika dilip farah farhan gauri guru hema hrishikesh
imran irrfan jaya juhi kabir kajal kamal karan kareena karisma kiran kishore kunal
madhuri mahesh mani manoj mohan mukesh nandita naseeruddin nawazuddin neetu
nitin om pankaj paresh parveen prabhu prakash prasoon preity priyanka radhika rahul raj
raja rajesh rajiv rajkumar rakesh ram ramesh rani ranbir ranveer rati ravi rishi rohit
sachin saif sajid salim salman sanjay sanjeev saif satyajit shabana shah shahid shahrukh shankar
sharmila shashi shekhar shilpa shreya shyam smita sonam sonali sunil sunny suresh
sushant tanuj uday vidya vijay vikram vinod vishal vivek yash zeenat zoya
arun balu karthik kamala lakshmi
ravi revathi venkatesh vikram
"""

_EAST_ASIAN = """
akira akiko asako ayumi daisuke haruki hayao hideo hirokazu hiroshi hiroyuki ichiro isao kazuo
keiko ken kenji kiyoshi koji makoto mamoru masaki masako michiko noriko osamu ryuichi satoshi
shinji shunji takashi takeshi taro tetsuya tomoyuki toshiro yasujirō yasujiro yoji yoko
yoshiko yoshio yuki yukio yuko
chan-wook jae jin joon-ho min sang seung soo sung young
ang jackie jet xiao yimou
"""
_ENGLISH_MORE = """
abe ada agnes alastair alden alfie allie alvin amos andre angus anya arlene art audra augustus
barney basil beatrice becky belinda bernie bertha beryl bess bessie bette betsy billie
blanche bo boyd bret brett bud buddy buster butch cal camilla cara carey carmen carole
carolyn carroll cary cassandra cassie cecily cedric celeste celia chad charlene chester chet
christie christy cicely claudette clay cliff clifton clyde cody colleen conor constance
cora corey cornelius courtney cy cyril cyrus daisy damian damon dane daphne darcy darius darnell
darrell darryl daryl deanna dee deirdre delbert della delores denzel derrick desmond devon dexter
dianne dina dirk dixie dom dominic donnie dora doreen dorian dorothea duane dudley dwight earle
eartha eddy edie edmond edwina effie elbert eldon elias elinor eliot eliza ellie elmo eloise elsa
elsie elton elvis emmett enid errol erwin esther ethel etta eugenia eunice evangeline
ezra felix fern fiona flora florence forrest fran frankie gabrielle garry garth gemma
genevieve georgina geraldine gerard gerry gertrude gideon gil gillian ginger ginny gladys glenda
glynis godfrey gregg greta gretchen gwendolyn hamish harriet hattie hedy heath hector helena
henrietta herb herschel hilary hillary homer horace hubert humphrey ike imogen ira irwin
irving isaiah isla ivy jacqui janine jasper jeanette jeanie jed jemima jerrold jess jessie jethro
jillian jimmie jocelyn jody johanna jonas josie jude judd jules juliana juliet justine kara
katharine katy keenan keira kelsey kendall kieran kirsten kit kris kristin kristina lacey
lamar lance laraine laurel laurie lavinia lea lenny lenore leona leroy les lester letitia lex
lila lilian lindsey lionel liza lizzie lola lon lonnie loretta lorna lottie lou louie
lucian lucinda luella lyle lyndon mae maeve malcolm mamie marc marcus margie marla marlene
mathew matilda mavis maxine may maya meg meredith merle mervyn mia micah milo minnie mira mitch
mona monte monty moses myra myrna myron nadine nan nat nathaniel ned nellie nettie nia nicky
nikki nina norbert odette ollie orson otis ozzie paige patsy patty percival petra peyton
phillip piper polly quincy rae randolph reba reggie regina rhys rich richie robbie robyn rocky
roderick rodger rollo ronnie rory rosalind rosanna roscoe rosie roxanne rudolph rudy rufus
russ russel rusty sadie sal sammy sasha saul selma seymour shawn sherry sid sienna silas sonny
stacey sybil tabitha tallulah tess tessa thaddeus thea tilda tobey tod tommie tracey trent trey
trudy ty tyrone val vic vince viv wally walt wes wilfred wilford willa winifred winona
woodrow woody yvette zach zack zane zelda
aidan aisling caoimhe cathal ciarán colm cormac declan dermot donal eamon eamonn eoin fergal
fergus fionn niall orla pádraig róisín seamus sinéad siobhán
"""

_EUROPEAN_MORE = """
agathe alexandre anaïs aurélien baptiste bastien bérénice cédric clémence damien élise fabien
fanny gaël grégory hugues jeanne joachim julien karine laetitia ludivine marine martine mélanie
michaël noémie pascale paulette raoul régine sylvain tristan valentin virginie
alba alida carlo corrado dino enzo ettore fabio fabrizio filippo franco gabriele gino lina
luchino marcello matteo michele nanni nino ornella paolo piero riccardo rosario sandro silvana
tonino ugo umberto valerio vittoria
abel adolfo belén benicio demián íñigo itziar jordi leonor macarena maribel mercedes nuria paco
penélope sergi xavi
bas daan hendrik jeroen joost kees maarten marieke pieter ruud sjaak willem wouter
alf annika arne astrid birger dag espen frida gustav hege ingeborg jesper kjell leif mads malin
marit mikael morten oskar pernilla rasmus ragnar sofie stellan stig trine ulf vibeke
anke bernd florian hartmut heike heiko horst ingo kai katja manfred romy stefan steffen
thorsten udo veit
aleksander bohdan dariusz ewa grzegorz jacek jakub janusz kasia krystyna łukasz maciej
magdalena małgorzata marcin mariusz mateusz mirosław paweł rafał sławomir stanisław tadeusz
urszula witold zofia ivana jelena nikola dragan goran zoran radu cristian mihai
aleksey andrey anastasia arkady daria dimitri ekaterina evgeny gleb konstantin larisa lev
lyudmila maksim nadezhda oksana pyotr sergey sofia tatyana timur yelena yevgeny yulia
alexandros angelos christos dimitrios georgios ioanna konstantinos nikolaos panagiotis stavros
theodoros vassilis
alon asaf avraham dror eitan hagar itay lior nadav ohad omri ronit shai shlomo uri yaron yoav
yossi
"""

_SOUTH_ASIAN_MORE = """
aarti abhijeet abhimanyu adil aditi ajinkya akash akhil alok aman amar amit amol amrita anand
ananya angad anirudh anjali ankit ankur anoop anshuman anuj anupama anuradha apoorva aparna
archana arijit arvind ashish ashwin atul avinash ayesha bhavna bharat chandan chitra
deepa deepak devendra dhruv dinesh divya gaurav gautam geeta girish gita gopal hari harish
harsh hemant himesh hrithik indira indrajit ishaan jagdish jatin jayant jitendra jyoti kailash
kalpana kanika kapil kartik kavita kavya ketan komal kriti kuldeep lalit lata madhav madhu
manish manisha mayank meera milind mira mohit mukul naresh naveen neeraj neha nikhil nilesh
namrata nisha nitya pallavi parth pooja pradeep pramod pranav prashant pratik praveen prem preeti
priya puneet raghav raghu rajat rajendra rajeev ranjit rashmi ritesh ravindra riya rohan roshan
sahil sameer sandeep sangeeta sanjana santosh sapna satish saurabh seema shantanu sharad shikha
shiv shobha shraddha shreyas shruti siddharth smriti sneha sonal subhash sudhir sudhanshu sujoy
sumit sunita supriya suraj swati tanvi tarun tushar umesh vaibhav varun vikas vinay vineet vipin
vivek yogesh yuvraj ganesh murali padma santhosh selva siva srinivas sundar venkat
adnan aslam asif aziz bilal faisal farid farooq fawad feroz haider hamza huma ibrahim imtiaz
irshad ismail jamal javed junaid kamran mahira mansoor mehwish nasir naveed nazia noor parvez
rafiq rahim rehan riaz sadiq saira sajjad salma shabnam shakeel tahir tanveer tariq usman wasim
yousuf yusuf zain zakir zeeshan
"""

_AFRICAN = """
adebayo adekunle ademola adesua adewale ayo bola bolaji chiamaka chidi chidinma chika chinedu
chinonso chioma chukwudi chukwuemeka damilola emeka folake funke ifeanyi ikechukwu kemi kunle
ngozi nkechi nnamdi nneka obinna olamide olu oluwaseun omotola segun seun tunde uche wale yemi
yinka zainab kofi kwame kwabena akosua yaw thabo sipho lerato themba
"""

_EAST_ASIAN_MORE = """
atsuko eiji fumio goro haruko hideaki hikari hiroko isamu jun junichi kaori katsuhiro kazuhiro
keisuke kenichi kimiko kumiko mariko masahiro masami masato masayuki mayumi megumi miki minoru
mitsuko miyuki naoki naoko nobuhiko nobuo rie rika ryo sachiko shigeru shiro shuji sumiko
tadashi takahiro takeo takuya tatsuya tomoko toru toshio tsutomu yasuo yoichi yusuke
"""

_FAMILY_FIRST = """
bong hong kim park choi kang cho yoon jang lim shin kwon hwang ahn jeon ryu yoo seo bae baek heo
chen feng gong hou jia wong zhang wang zhao zhou xu liu huang guo luo zheng xie deng cao zeng
tian yuan cai jiang cui
"""

GIVEN_NAMES: frozenset[str] = frozenset(
    (_ENGLISH + _ROMANCE + _GERMANIC_NORDIC + _SLAVIC_GREEK_HEBREW + _ARABIC_PERSIAN_TURKISH
     + _SOUTH_ASIAN + _EAST_ASIAN + _ENGLISH_MORE + _EUROPEAN_MORE + _SOUTH_ASIAN_MORE + _AFRICAN
     + _EAST_ASIAN_MORE + _FAMILY_FIRST).split()
)  # fmt: skip
"""Casefolded given names: a lost-separator cell may be split right before one of these."""

FAMILY_FIRST: frozenset[str] = frozenset(_FAMILY_FIRST.split())
"""Chinese and Korean family names, printed first ("Zhang Yimou"): they open names, but in credits
printed given name first ("Ann Hong") they end one, so ending on one is no sign of a bad cut."""


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
