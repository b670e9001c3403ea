namespace Istmo.Bench.Matching;

internal static partial class NameData
{
    // Indian given names after the commonest ones of NameData.cs, from the "en_IND" locale of Bogus 35.6.5 (MIT licence, a port of
    // faker.js): female names, then male names, each alphabetical, so they form the long tail of the rank-weighted draw.
    private static readonly string[] IndianFemaleTail = Split("""
        Aadrika Aanandinii Aaratrika Aarya Arya Aashritha Aatmaja Atmaja Abhaya Adwitiya Agrata Ahilya Ahalya Aishani
        Akshainie Akshata Akshita Akula Ambar Amodini Amrita Amritambu Anala Anamika Ananda Anandamayi Ananta Anila
        Anjushri Anjushree Annapurna Anshula Anuja Anusuya Anasuya Anasooya Anwesha Apsara Aruna Aasa Aasha Aslesha
        Atreyi Atreyee Avani Abani Avantika Ayushmati Baidehi Vaidehi Bala Baala Balamani Basanti Vasanti Bela Bhadra
        Bhagirathi Bhagwanti Bhagwati Bhamini Bhanumati Bhaanumati Bhargavi Bhavani Bhilangana Bilwa Bilva Buddhana
        Chakrika Chanda Chandi Chandni Chandini Chandani Chandra Chandira Chandrabhaga Chandrakala Chandrakin
        Chandramani Chandrani Chandraprabha Chandraswaroopa Chandravati Chapala Charumati Charvi Chatura Chitrali
        Chitramala Chitrangada Daksha Dakshayani Damayanti Darshwana Deepali Dipali Deeptimoyee Deeptimayee Devangana
        Devani Devasree Devi Daevi Devika Daevika Dhaanyalakshmi Dhanalakshmi Dhana Dhanadeepa Dhara Dharani Dharitri
        Dhatri Diksha Deeksha Draupadi Dulari Durga Durgeshwari Ekaparnika Elakshi Enakshi Esha Eshana Eshita Gautami
        Geetanjali Gitanjali Gemine Gemini Girja Girija Gita Hamsini Harinakshi Harita Heema Himadri Himani Hiranya
        Indira Jaimini Jaya Jyotsana Kali Kalinda Kalpana Kalyani Kama Kamala Kamla Kanchan Kanishka Kanti Kashyapi
        Kumari Kumuda Laxmi Lalita Lavanya Leela Lila Leela Malti Malati Mandakini Mandaakin Mangala Mangalya Mani
        Manjusha Meena Mina Meenakshi Minakshi Menka Menaka Mohana Mohini Nalini Nikita Ojaswini Omana Oormila Urmila
        Opalina Opaline Padma Parvati Poornima Purnima Pramila Prasanna Preity Prema Priyala Pushti Rageswari
        Rageshwari Rajinder Ramaa Rati Rita Rohana Rukhmani Rukmin Rupinder Sanya Sarada Sharda Sarala Sarla Saraswati
        Sarisha Saroja Shakti Shakuntala Shanti Sharmila Shashi Shashikala Sheela Shivakari Shobhana Shresth Shresthi
        Shreya Shreyashi Shridevi Shrishti Shubha Shubhaprada Siddhi Sitara Sloka Smita Smriti Soma Subhashini
        Subhasini Sucheta Sudeva Sujata Sukanya Suma Suma Sumitra Suryakantam Sushma Swara Swarnalata Sweta Shwet
        Tanirika Tanushree Tanushri Tanushri Tanya Tara Trisha Uma Vaijayanti Vaijayanthi Baijayanti Vaishvi Vaishnavi
        Vaishno Varalakshmi Vasudha Vasundhara Veda Vedanshi Vidya Vimala Vrinda Vrund
        """);

    private static readonly string[] IndianMaleTail = Split("""
        Aadi Aadidev Aadinath Aaditya Aagam Aagney Aamod Aanandaswarup Aanjaneya Anjaneya Aaryan Aryan Aatmaj Aatreya
        Aayushmaan Aayushman Abhaidev Abhirath Abhisyanta Acaryatanaya Achalesvara Acharyanandana Acharyasuta Achintya
        Achyut Adheesh Adhiraj Adhrit Adikavi Adinath Aditeya Adityanandan Adityanandana Adripathi Advaya Agasti
        Agastya Agneya Aagneya Agnimitra Agniprava Agnivesh Ajit Ajeet Akroor Akshaj Akshat Akshayakeerti Aalok
        Amaranaath Amarnath Amaresh Ameyatma Amish Amogh Amrit Anaadi Anagh Anal Aanand Anang Anilaabh Anilabh Anish
        Ankal Anunay Anurag Anuraag Archan Arindam Arnesh Arun Ashlesh Atmanand Atmananda Avadhesh Baalaaditya
        Baladitya Baalagopaal Balgopal Balagopal Bahula Bakula Balaaditya Balachandra Balagovind Bandhu Bandhul Bankim
        Bankimchandra Bhadrak Bhadraksh Bhadran Bhagavaan Bhagvan Bharadwaj Bhardwaj Bharat Bhargava Bhasvan Bhaasvan
        Bhaswar Bhaaswar Bhaumik Bhaves Bheeshma Bhisham Bhishma Bhima Bhoj Bhramar Bhudev Bhudeva Bhupati Bhoopati
        Bhoopat Bhupen Bhushan Bhooshan Bhushit Bhooshit Bhuvanesh Bhuvaneshwar Bodhan Brahma Brahmabrata Brahmanandam
        Brahmaanand Brahmdev Brajendra Brajesh Brijesh Birjesh Budhil Chakor Chakradhar Chakravartee Chakravarti
        Chanakya Chaanakya Chandak Chandan Chandraayan Chandrabhan Chandradev Chandraketu Chandramauli Chandramohan
        Chandran Chandranath Chapal Charak Charuchandra Chaaruchandra Charuvrat Chatur Chaturaanan Chaturbhuj Chetan
        Chaten Chaitan Chetanaanand Chidaakaash Chidaatma Chidambar Chidambaram Chidananda Chinmayanand Chinmayananda
        Chiranjeev Chiranjeeve Chitraksh Daiwik Damodara Dandak Dandapaani Darshan Datta Dayaamay Dayamayee Dayaananda
        Dayaanidhi Kin Deenabandhu Deepan Deepankar Dipankar Deependra Dipendra Deepesh Dipesh Deeptanshu Deeptendu
        Diptendu Deeptiman Deeptimoy Deeptimay Dev Deb Devadatt Devagya Devajyoti Devak Devdan Deven Devesh Deveshwar
        Devvrat Dhananjay Dhanapati Dhanpati Dhanesh Dhanu Dhanvin Dharmaketu Dhruv Dhyanesh Dhyaneshwar Digambar
        Digambara Dinakar Dinkar Divaakar Divakar Deevakar Divjot Dron Drona Dwaipayan Dwaipayana Eekalabya Ekalavya
        Ekaksh Ekaaksh Ekaling Ekdant Ekadant Gajaadhar Gajadhar Gajbaahu Gajabahu Ganak Ganaka Ganapati Gandharv
        Gandharva Gangesh Garud Garuda Gati Gatik Gaurang Gauraang Gauranga Gouranga Gautam Gautama Goutam Ghanaanand
        Ghanshyam Ghanashyam Giri Girik Girika Girindra Giriraaj Giriraj Gopal Gopaal Gopi Gopee Gorakhnath
        Gorakhanatha Goswamee Goswami Gotum Gautam Govinda Gobinda Gudakesha Gudakesa Gurdev Guru Hari Harinarayan
        Harit Hiranmay Hiranmaya Inder Indra Indra Jagadish Jagadisha Jagathi Jagdeep Jagmeet Jahnu Jai Javas Jay
        Jitendra Jitender Jyotis Kailash Kamalesh Kamlesh Kanak Kanaka Kannan Kannen Karthik Kartik Karunanidhi
        Kashyap Kirti Keerti Krishna Krishnadas Krishnadasa Kumar Lai Lakshman Laxman Lakshmidhar Lakshminath Lal Laal
        Mahendra Mohinder Maheswar Manik Manikya Marut Mayoor Meghnad Meghnath Mukul Nagabhushanam Nanda Narayan
        Narendra Narinder Navin Nawal Naval Nimit Niranjan Nirbhay Niro Param Paramartha Pran Pranay Prasad Prathamesh
        Prayag Prem Puneet Purushottam Rajan Rajendra Rajiv Rameshwar Ranjit Ranjeet Ritesh Rohan Rudra Sameer Samir
        Sanka Sarvin Satyen Shankar Shantanu Sher Shiv Siddarth Siddhran Som Somu Somnath Subhash Subodh Surya
        Suryakant Suryakanta Sushil Susheel Swami Swapnil Tapan Tej Tejas Trilochan Trilochana Trilok Trilokesh
        Triloki Trilokanath Tushar Udai Udit Ujjawal Ujjwal Umang Upendra Uttam Vasudev Vasudeva Vedang Vedanga Vidhya
        Vidur Vidhur Vimal Vinay Vishnu Bishnu Vishwamitra Vyas Yogendra Yoginder
        """);

    /// <summary>
    /// Indian given names: the commonest first, then the tail. Sixty names made namesakes of 86% of the Indians in a
    /// million-record registry; India's given names number in the tens of thousands.
    /// </summary>
    public static string[] IndianFemalePool => indianFemalePool ??= [.. IndianFemale, .. IndianFemaleTail];

    /// <inheritdoc cref="IndianFemalePool"/>
    public static string[] IndianMalePool => indianMalePool ??= [.. IndianMale, .. IndianMaleTail];

    // Built on first use: IndianFemale and IndianMale live in the other part of the class, whose initialisation order is not this file's.
    private static string[]? indianFemalePool;
    private static string[]? indianMalePool;
}
